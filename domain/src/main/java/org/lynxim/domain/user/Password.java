package org.lynxim.domain.user;

import org.lynxim.domain.Validation;

/** A password as typed by its user; never printed. */
public record Password(String value) {
  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 128;

  public Password {
    Validation.requireLength(value, MIN_LENGTH, MAX_LENGTH, "password");
  }

  @Override
  public String toString() {
    return "Password[***]";
  }
}
