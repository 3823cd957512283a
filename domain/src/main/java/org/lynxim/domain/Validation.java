package org.lynxim.domain;

import java.util.regex.Pattern;

/** Small checks shared by the value objects; each failure names the field. */
public final class Validation {
  private Validation() {}

  public static String requireMatch(String value, Pattern pattern, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(field + " must match " + pattern.pattern());
    }
    return value;
  }

  /** Checks a length in Unicode code points, the protocol's "characters". */
  public static String requireLength(String value, int min, int max, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    int length = value.codePointCount(0, value.length());
    if (length < min || length > max) {
      throw new IllegalArgumentException(
          field + " must be " + min + " to " + max + " characters long");
    }
    return value;
  }
}
