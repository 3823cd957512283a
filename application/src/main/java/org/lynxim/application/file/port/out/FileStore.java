package org.lynxim.application.file.port.out;

import java.io.InputStream;
import java.time.Instant;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.domain.error.ContentTooLargeException;
import org.lynxim.domain.file.ContentHash;

/**
 * The bytes of files, kept by their SHA-256: the same bytes are kept once, however often they are
 * uploaded. Bytes become visible only once written whole, so that a crash leaves no partial file.
 */
public interface FileStore {

  /**
   * What {@link #write} kept: the hash the bytes are found by, how many there were, and the first
   * of them (up to {@link org.lynxim.domain.file.ImageFormat#HEAD_BYTES}), which tell their format.
   */
  record Written(ContentHash hash, long size, byte[] head) {}

  /**
   * Streams the bytes into storage, holding only a small buffer of them in memory. Zero bytes are
   * never stored (the answer has size 0).
   *
   * @throws ContentTooLargeException past {@code maxBytes}, found while reading; nothing is kept
   * @throws StoreUnavailableException if the storage cannot be written; nothing is kept
   */
  Written write(InputStream bytes, long maxBytes);

  /**
   * The bytes from {@code offset}, {@code length} of them, as a stream read from storage as it is
   * consumed; the caller closes it.
   *
   * @throws org.lynxim.domain.error.NotFoundException if no bytes are stored under the hash
   */
  InputStream read(ContentHash hash, long offset, long length);

  /** Whether bytes are stored under the hash. */
  boolean contains(ContentHash hash);

  /** Forgets the bytes; nothing happens if none are stored under the hash. */
  void delete(ContentHash hash);

  /** Removes what writes cut short (a crash, a lost client) left behind before {@code before}. */
  void clearUnfinished(Instant before);
}
