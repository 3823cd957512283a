package org.lynxim.domain.user;

import java.util.regex.Pattern;
import org.lynxim.domain.Validation;

/** A user, named by the username chosen at registration. */
public record UserId(String value) implements Comparable<UserId> {
  private static final Pattern FORM = Pattern.compile("[a-z0-9_]{3,32}");

  public UserId {
    Validation.requireMatch(value, FORM, "user_id");
  }

  public static UserId of(String value) {
    return new UserId(value);
  }

  /** Byte order, which for this ASCII alphabet is String order. */
  @Override
  public int compareTo(UserId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
