package org.lynxim.adapter.in.ws;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The text of one WebSocket message, decoded strictly as UTF-8 fragment by fragment (RFC 6455,
 * 8.1): bytes that are not UTF-8 (an invalid sequence, an encoded surrogate, an overlong form, a
 * character cut off at the message's end) are refused instead of becoming U+FFFD, and a character
 * split between two fragments is carried over and arrives whole with the next.
 */
final class StrictText {
  private static final byte[] NOTHING = new byte[0];
  private static final char REPLACEMENT = '\uFFFD';

  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  /** The first bytes of a character the last fragment ended in the middle of (at most three). */
  private byte[] carried = NOTHING;

  /** Forgets a message that ended early (the connection is closing). */
  void reset() {
    decoder.reset();
    carried = NOTHING;
  }

  /**
   * The text of the next fragment of the message, or empty when its bytes are not UTF-8.
   *
   * @param last whether this fragment ends the message (so nothing may be left over)
   */
  Optional<String> next(byte[] bytes, boolean last) {
    if (last && carried.length == 0) {
      // Most messages are one frame: the JDK's decoder, which replaces what is not UTF-8, is the
      // fast path; only a text with a replacement character in it is decoded again strictly (it
      // may also be a U+FFFD the client meant).
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (text.indexOf(REPLACEMENT) < 0) {
        decoder.reset();
        return Optional.of(text);
      }
    }
    ByteBuffer in = ByteBuffer.wrap(withCarried(bytes));
    CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
    boolean valid =
        !decoder.decode(in, out, last).isError()
            && (!last || (!decoder.flush(out).isError() && !in.hasRemaining()));
    if (last || !valid) {
      reset();
    } else {
      carried = Arrays.copyOfRange(in.array(), in.position(), in.limit());
    }
    return valid ? Optional.of(out.flip().toString()) : Optional.empty();
  }

  private byte[] withCarried(byte[] bytes) {
    if (carried.length == 0) {
      return bytes;
    }
    byte[] joined = Arrays.copyOf(carried, carried.length + bytes.length);
    System.arraycopy(bytes, 0, joined, carried.length, bytes.length);
    return joined;
  }
}
