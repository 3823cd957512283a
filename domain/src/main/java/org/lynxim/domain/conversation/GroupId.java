package org.lynxim.domain.conversation;

import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.lynxim.domain.RandomIds;
import org.lynxim.domain.Validation;

/** A group, named by the server when the group is created. */
public record GroupId(String value) {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final int RANDOM_BYTES = 12;

  public GroupId {
    Validation.requireMatch(value, FORM, "group_id");
  }

  public static GroupId of(String value) {
    return new GroupId(value);
  }

  /** A fresh id of 16 URL-safe characters (96 random bits). */
  public static GroupId generate(RandomGenerator random) {
    return new GroupId(RandomIds.next(random, RANDOM_BYTES));
  }

  public GroupChatId conversation() {
    return new GroupChatId(this);
  }

  @Override
  public String toString() {
    return value;
  }
}
