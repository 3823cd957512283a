package org.lynxim.domain.call;

import java.util.Locale;

/** What a call carries. */
public enum CallMedia {
  AUDIO,
  VIDEO;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code audio} or {@code video}. */
  public static CallMedia parse(String wire) {
    for (CallMedia media : values()) {
      if (media.wireName().equals(wire)) {
        return media;
      }
    }
    throw new IllegalArgumentException("media must be audio or video");
  }
}
