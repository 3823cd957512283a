package org.lynxim.domain.file;

import java.time.Instant;
import java.util.Objects;

/** Where a page of a user's uploads (newest first) ended: the last file's time and id. */
public record FileCursor(Instant createdAt, FileId after) {
  public FileCursor {
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(after, "after");
  }

  public static FileCursor after(StoredFile file) {
    return new FileCursor(file.createdAt(), file.id());
  }
}
