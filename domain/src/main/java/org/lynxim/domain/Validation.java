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

  /** Checks a length in Unicode code points, the protocol's "characters", of well-formed text. */
  public static String requireLength(String value, int min, int max, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    requireWellFormed(value, field);
    int length = value.codePointCount(0, value.length());
    if (length < min || length > max) {
      throw new IllegalArgumentException(
          field + " must be " + min + " to " + max + " characters long");
    }
    return value;
  }

  /**
   * Checks that the text is well-formed Unicode: no surrogate without its pair. JSON can spell one
   * as an escape, which no UTF-8 can carry, so it would be stored as one thing and sent back as
   * another.
   */
  public static String requireWellFormed(String value, String field) {
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException(field + " must be valid Unicode text");
    }
    return value;
  }

  /** Whether every surrogate in the text is part of a pair. */
  public static boolean isWellFormed(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
