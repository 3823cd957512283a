package org.lynxim.domain.group;

import org.lynxim.domain.Validation;

/** A group's announcement, at most {@value #MAX_LENGTH} characters; "" is none. */
public record Announcement(String text) {
  public static final int MAX_LENGTH = 1024;
  public static final Announcement NONE = new Announcement("");

  public Announcement {
    Validation.requireLength(text, 0, MAX_LENGTH, "announcement");
  }
}
