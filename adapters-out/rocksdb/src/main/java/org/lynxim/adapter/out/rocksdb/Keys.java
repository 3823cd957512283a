package org.lynxim.adapter.out.rocksdb;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Keys and small values as bytes: a text is its length (two bytes) and its UTF-8, a number eight
 * bytes big-endian. So the keys that start with the same texts sort by the number after them (seqs
 * are never negative), and one text is never the prefix of another's key: each key family is a
 * range.
 */
final class Keys {
  private Keys() {}

  /** The parts in order: each a {@link String} (ids: well under 64 KB) or a {@link Long}. */
  static byte[] of(Object... parts) {
    byte[][] texts = new byte[parts.length][];
    int size = 0;
    for (int i = 0; i < parts.length; i++) {
      switch (parts[i]) {
        case String text -> {
          texts[i] = text.getBytes(StandardCharsets.UTF_8);
          if (texts[i].length > 0xFFFF) {
            throw new IllegalArgumentException("a key text is over 64 KB");
          }
          size += 2 + texts[i].length;
        }
        case Long number -> size += Long.BYTES;
        default -> throw new IllegalArgumentException("not a key part: " + parts[i]);
      }
    }
    byte[] key = new byte[size];
    int at = 0;
    for (int i = 0; i < parts.length; i++) {
      if (texts[i] != null) {
        key[at++] = (byte) (texts[i].length >>> 8);
        key[at++] = (byte) texts[i].length;
        System.arraycopy(texts[i], 0, key, at, texts[i].length);
        at += texts[i].length;
      } else {
        putNumber(key, at, (Long) parts[i]);
        at += Long.BYTES;
      }
    }
    return key;
  }

  static byte[] number(long value) {
    byte[] bytes = new byte[Long.BYTES];
    putNumber(bytes, 0, value);
    return bytes;
  }

  private static void putNumber(byte[] bytes, int at, long value) {
    for (int i = Long.BYTES - 1; i >= 0; i--) {
      bytes[at + i] = (byte) value;
      value >>>= 8;
    }
  }

  static long number(byte[] bytes) {
    return numberAt(bytes, 0);
  }

  static long numberAt(byte[] bytes, int offset) {
    long value = 0;
    for (int i = offset; i < offset + Long.BYTES; i++) {
      value = (value << 8) | (bytes[i] & 0xFF);
    }
    return value;
  }

  /** The number that ends a key. */
  static long lastNumber(byte[] key) {
    return numberAt(key, key.length - Long.BYTES);
  }

  static boolean startsWith(byte[] key, byte[] prefix) {
    return key.length >= prefix.length
        && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** Reads a key or value back part by part. */
  static Reader reader(byte[] bytes) {
    return new Reader(bytes);
  }

  static final class Reader {
    private final byte[] bytes;
    private int at;

    private Reader(byte[] bytes) {
      this.bytes = bytes;
    }

    String text() {
      int length = ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
      String text = new String(bytes, at + 2, length, StandardCharsets.UTF_8);
      at += 2 + length;
      return text;
    }

    long number() {
      long number = numberAt(bytes, at);
      at += Long.BYTES;
      return number;
    }
  }
}
