package org.lynxim.domain.social;

import org.lynxim.domain.Validation;

/** A user's private name for a friend, at most {@value #MAX_LENGTH} characters. */
public record Remark(String value) {
  public static final int MAX_LENGTH = 64;

  public Remark {
    Validation.requireLength(value, 0, MAX_LENGTH, "remark");
  }
}
