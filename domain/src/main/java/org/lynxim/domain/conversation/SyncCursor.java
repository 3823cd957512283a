package org.lynxim.domain.conversation;

/** Where a sync starts (inbox entries with an inbox_seq above {@code cursor}) and how many. */
public record SyncCursor(long cursor, int limit) {
  public static final int DEFAULT_LIMIT = 200;
  public static final int MAX_LIMIT = 500;

  public SyncCursor {
    if (cursor < 0) {
      throw new IllegalArgumentException("cursor must be >= 0");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
    }
  }

  /** Missing values take their defaults: cursor 0, limit {@value #DEFAULT_LIMIT}. */
  public static SyncCursor of(Long cursor, Long limit) {
    long size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
    }
    return new SyncCursor(cursor == null ? 0 : cursor, (int) size);
  }
}
