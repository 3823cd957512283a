package org.lynxim.domain.file;

import java.util.List;
import java.util.Optional;

/** A page of a user's uploads, newest first, and the cursor of the next page if there is one. */
public record FilePage(List<StoredFile> files, Optional<FileCursor> next) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  public FilePage {
    files = List.copyOf(files);
  }

  /** The page of at most {@code limit} files out of {@code fetched} (asked for one more). */
  public static FilePage of(List<StoredFile> fetched, int limit) {
    if (fetched.size() <= limit) {
      return new FilePage(fetched, Optional.empty());
    }
    List<StoredFile> page = fetched.subList(0, limit);
    return new FilePage(page, Optional.of(FileCursor.after(page.getLast())));
  }

  public static int requireLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
    }
    return limit;
  }
}
