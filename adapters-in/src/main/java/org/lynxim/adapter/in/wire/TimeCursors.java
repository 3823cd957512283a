package org.lynxim.adapter.in.wire;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Cursors of lists ordered newest first by (time, id): opaque to clients, URL-safe, and read back
 * only as this server wrote them (anything else is the client's mistake, 400).
 */
final class TimeCursors {
  private TimeCursors() {}

  /** Where a page ended. */
  record Position(Instant time, String id) {}

  static String encode(Instant time, String id) {
    String plain = time.toEpochMilli() + ":" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  static Position decode(String cursor) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int colon = plain.indexOf(':');
      return new Position(
          Instant.ofEpochMilli(Long.parseLong(plain.substring(0, colon))),
          plain.substring(colon + 1));
    } catch (RuntimeException notOurs) {
      throw new IllegalArgumentException("cursor is not one this server gave");
    }
  }
}
