package org.lynxim.domain.user;

import java.util.Optional;
import org.lynxim.domain.Validation;

/** The name a user shows to others; optional at registration. */
public record Nickname(String value) {
  public static final int MAX_LENGTH = 64;

  public Nickname {
    Validation.requireLength(value, 1, MAX_LENGTH, "nickname");
  }

  /** An absent or empty nickname is no nickname. */
  public static Optional<Nickname> ofNullable(String value) {
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(new Nickname(value));
  }
}
