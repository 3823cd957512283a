package org.lynxim.domain;

import java.util.Base64;
import java.util.random.RandomGenerator;

/** Fresh ids the server names things with: random bytes in URL-safe Base64, no padding. */
public final class RandomIds {
  private RandomIds() {}

  /** An id of {@code bytes} random bytes: 16 characters for 12 bytes (96 bits). */
  public static String next(RandomGenerator random, int bytes) {
    byte[] drawn = new byte[bytes];
    random.nextBytes(drawn);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(drawn);
  }
}
