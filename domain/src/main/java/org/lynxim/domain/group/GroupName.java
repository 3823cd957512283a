package org.lynxim.domain.group;

import org.lynxim.domain.Validation;

/** A group's display name, 1 to 64 characters. */
public record GroupName(String value) {
  public static final int MAX_LENGTH = 64;

  public GroupName {
    Validation.requireLength(value, 1, MAX_LENGTH, "name");
  }

  public static GroupName of(String value) {
    return new GroupName(value);
  }
}
