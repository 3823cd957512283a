package org.lynxim.domain.file;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats that get thumbnails and may be avatars, known by their first bytes: a file is
 * an image by what it holds, not by the type its uploader declared.
 */
public enum ImageFormat {
  PNG,
  JPEG,
  GIF,
  WEBP;

  /** How many leading bytes {@link #sniff} needs. */
  public static final int HEAD_BYTES = 12;

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  public static Optional<ImageFormat> sniff(byte[] head) {
    if (startsWith(head, PNG_SIGNATURE)) {
      return Optional.of(PNG);
    }
    if (head.length >= 3
        && (head[0] & 0xff) == 0xff
        && (head[1] & 0xff) == 0xd8
        && (head[2] & 0xff) == 0xff) {
      return Optional.of(JPEG);
    }
    if (startsWith(head, ascii("GIF87a")) || startsWith(head, ascii("GIF89a"))) {
      return Optional.of(GIF);
    }
    if (startsWith(head, ascii("RIFF"))
        && head.length >= 12
        && Arrays.equals(head, 8, 12, ascii("WEBP"), 0, 4)) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] head, byte[] prefix) {
    return head.length >= prefix.length
        && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
