package org.lynxim.domain.file;

import java.util.HexFormat;
import java.util.regex.Pattern;
import org.lynxim.domain.Validation;

/**
 * The SHA-256 of a file's bytes, in lowercase hex: how the bytes are stored (the same bytes are
 * kept once) and the file's ETag.
 */
public record ContentHash(String hex) {
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  public ContentHash {
    Validation.requireMatch(hex, SHA256_HEX, "sha256");
  }

  public static ContentHash of(byte[] digest) {
    return new ContentHash(HexFormat.of().formatHex(digest));
  }
}
