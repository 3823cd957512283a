package org.lynxim.domain.conversation;

/** Where a pull starts (messages with a seq above {@code cursorSeq}) and how many it returns. */
public record PullCursor(long cursorSeq, int limit) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  public PullCursor {
    if (cursorSeq < 0) {
      throw new IllegalArgumentException("cursor_seq must be >= 0");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
    }
  }

  /** Missing values take their defaults: cursor 0, limit {@value #DEFAULT_LIMIT}. */
  public static PullCursor of(Long cursorSeq, Long limit) {
    long cursor = cursorSeq == null ? 0 : cursorSeq;
    long size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
    }
    return new PullCursor(cursor, (int) size);
  }

  /** The cursor for a reader who may not see anything at or below {@code floorSeq}. */
  public PullCursor notBelow(long floorSeq) {
    return floorSeq > cursorSeq ? new PullCursor(floorSeq, limit) : this;
  }
}
