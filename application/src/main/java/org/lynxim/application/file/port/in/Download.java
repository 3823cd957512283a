package org.lynxim.application.file.port.in;

import java.io.InputStream;
import java.util.Objects;
import org.lynxim.domain.file.ContentHash;
import org.lynxim.domain.file.FileName;

/**
 * Bytes a reader may have: how to name and type them, and a way to read any part of them, opened
 * only when the answer is written.
 *
 * @param inline whether they may be shown in place (images, audio, video) rather than saved
 */
public record Download(
    FileName name, String contentType, long size, ContentHash hash, boolean inline, Bytes bytes) {

  /** Reads {@code length} bytes from {@code offset}; the caller closes the stream. */
  @FunctionalInterface
  public interface Bytes {
    InputStream open(long offset, long length);
  }

  public Download {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(bytes, "bytes");
  }
}
