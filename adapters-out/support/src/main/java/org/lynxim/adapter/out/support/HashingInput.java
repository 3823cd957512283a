package org.lynxim.adapter.out.support;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.lynxim.application.file.port.out.FileStore;
import org.lynxim.domain.error.ContentTooLargeException;
import org.lynxim.domain.file.ContentHash;
import org.lynxim.domain.file.ImageFormat;

/**
 * The bytes of an upload as a {@link FileStore} reads them: hashed (SHA-256), counted, their first
 * bytes kept, and refused the moment they pass the limit, so that no store reads past it.
 */
public final class HashingInput extends FilterInputStream {
  private final MessageDigest digest;
  private final long maxBytes;
  private final byte[] head = new byte[ImageFormat.HEAD_BYTES];
  private long count;

  public HashingInput(InputStream source, long maxBytes) {
    super(source);
    this.maxBytes = maxBytes;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int read = super.read(buffer, offset, length);
    if (read > 0) {
      if (count < head.length) {
        System.arraycopy(
            buffer, offset, head, (int) count, (int) Math.min(read, head.length - count));
      }
      count += read;
      if (count > maxBytes) {
        throw new ContentTooLargeException("a file may hold at most " + maxBytes + " bytes");
      }
      digest.update(buffer, offset, read);
    }
    return read;
  }

  @Override
  public long skip(long n) {
    return 0; // every byte must be hashed
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  public long count() {
    return count;
  }

  /** Once the source is read to its end: what the store kept. */
  public FileStore.Written written() {
    return new FileStore.Written(
        ContentHash.of(digest.digest()),
        count,
        Arrays.copyOf(head, (int) Math.min(count, head.length)));
  }
}
