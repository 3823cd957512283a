package org.lynxim.domain.conversation;

import org.lynxim.domain.Validation;
import org.lynxim.domain.error.ContentTooLargeException;

/**
 * A message's content: at most {@value #MAX_BYTES} bytes of UTF-8, and not empty when sent (only a
 * recalled message or a stream just opened reads as empty, {@link #RECALLED}). A stream's whole
 * content may be longer, up to the configured stream limit, never over {@value #MAX_STORED_BYTES}.
 */
public record MessageContent(String text) {
  public static final int MAX_BYTES = 4096;

  /** The most any content holds, a stream's included: the ceiling of the stream limit. */
  public static final int MAX_STORED_BYTES = 1 << 20;

  /** What a recalled message reads as. */
  public static final MessageContent RECALLED = new MessageContent("");

  public MessageContent {
    if (text == null) {
      throw new IllegalArgumentException("content is required");
    }
    // Malformed before too large: the protocol answers 400 before 413.
    Validation.requireWellFormed(text, "content");
    if (utf8Length(text) > MAX_STORED_BYTES) {
      throw new ContentTooLargeException("content is over " + MAX_STORED_BYTES + " bytes");
    }
  }

  /** Content to send or store anew: not empty, at most {@value #MAX_BYTES} bytes. */
  public static MessageContent of(String text) {
    if (text != null && text.isEmpty()) {
      throw new IllegalArgumentException("content must not be empty");
    }
    return within(text, MAX_BYTES);
  }

  /** What a stream opens with: may be empty, at most {@value #MAX_BYTES} bytes. */
  public static MessageContent streamStart(String text) {
    return within(text, MAX_BYTES);
  }

  /** A stream's whole content: at most {@code maxBytes}. */
  public static MessageContent streamed(String text, int maxBytes) {
    return within(text, maxBytes);
  }

  private static MessageContent within(String text, int maxBytes) {
    MessageContent content = new MessageContent(text);
    if (utf8Length(text) > maxBytes) {
      throw new ContentTooLargeException("content is over " + maxBytes + " bytes");
    }
    return content;
  }

  /** Content that is a JSON object of these fields (made by the server: call logs). */
  public static MessageContent jsonObject(java.util.Map<String, Object> fields) {
    return of(JsonText.object(fields));
  }

  /** The content's length in UTF-8 bytes. */
  public int bytes() {
    return utf8Length(text);
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
