package org.lynxim.domain.conversation;

import org.lynxim.domain.Validation;
import org.lynxim.domain.error.ContentTooLargeException;

/**
 * A message's content: at most {@value #MAX_BYTES} bytes of UTF-8, and not empty when sent (only a
 * recalled message reads as empty, {@link #RECALLED}).
 */
public record MessageContent(String text) {
  public static final int MAX_BYTES = 4096;

  /** What a recalled message reads as. */
  public static final MessageContent RECALLED = new MessageContent("");

  public MessageContent {
    if (text == null) {
      throw new IllegalArgumentException("content is required");
    }
    // Malformed before too large: the protocol answers 400 before 413.
    Validation.requireWellFormed(text, "content");
    if (utf8Length(text) > MAX_BYTES) {
      throw new ContentTooLargeException("content is over " + MAX_BYTES + " bytes");
    }
  }

  /** Content to send or store anew: not empty. */
  public static MessageContent of(String text) {
    if (text != null && text.isEmpty()) {
      throw new IllegalArgumentException("content must not be empty");
    }
    return new MessageContent(text);
  }

  /** Content read back from storage, where a recalled message's is empty. */
  public static MessageContent stored(String text) {
    return new MessageContent(text);
  }

  /** Counts UTF-8 bytes without encoding the text; a lone surrogate counts 3, an upper bound. */
  static int utf8Length(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
