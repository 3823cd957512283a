package org.lynxim.adapter.out.rocksdb;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Keys and small values as bytes: a text is its length and modified UTF-8 (as {@link
 * DataOutputStream#writeUTF}), a number eight bytes big-endian. So the keys that start with the
 * same texts sort by the number after them (seqs are never negative), and one text is never the
 * prefix of another's key: each key family is a range.
 */
final class Keys {
  private Keys() {}

  /** The parts in order: each a {@link String} or a {@link Long}. */
  static byte[] of(Object... parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      for (Object part : parts) {
        switch (part) {
          case String text -> out.writeUTF(text);
          case Long number -> out.writeLong(number);
          default -> throw new IllegalArgumentException("not a key part: " + part);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] number(long value) {
    return of(value);
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
    private final DataInputStream in;

    private Reader(byte[] bytes) {
      this.in = new DataInputStream(new ByteArrayInputStream(bytes));
    }

    String text() {
      try {
        return in.readUTF();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    long number() {
      try {
        return in.readLong();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
