package org.lynxim.domain.conversation;

import java.util.List;

/**
 * What a user's inbox holds: entries {@code firstKept} to {@code head} (none when {@code firstKept}
 * is past the head). The inbox numbers its entries from {@code origin + 1}: 0 for an inbox that was
 * never lost, higher for one a store had to make anew (so that its numbers never meet a cursor from
 * before). A sync from a cursor outside what is held, older than the first entry kept or beyond the
 * head, cannot be answered without a gap: it is a reset. Cursor 0 asks for all the inbox holds, and
 * is a reset only once entries have been dropped.
 */
public record InboxWindow(long origin, long firstKept, long head) {
  public InboxWindow {
    if (origin < 0 || head < origin || firstKept < origin + 1 || firstKept > head + 1) {
      throw new IllegalArgumentException(
          "invalid inbox window " + firstKept + ".." + head + " from " + origin);
    }
  }

  /** An inbox never lost, numbered from 1. */
  public InboxWindow(long firstKept, long head) {
    this(0, firstKept, head);
  }

  public static InboxWindow empty() {
    return new InboxWindow(0, 1, 0);
  }

  /** Whether every entry after the cursor is still held. */
  public boolean covers(long cursor) {
    long from = effective(cursor);
    return from >= firstKept - 1 && from <= head;
  }

  /** The cursor to read after: 0 means from the inbox's beginning. */
  public long effective(long cursor) {
    return cursor == 0 ? origin : cursor;
  }

  /** The page for a cursor, given up to {@code limit + 1} entries read after it. */
  public SyncPage page(long cursor, List<InboxEntry> readAhead, int limit) {
    long from = effective(cursor);
    // Inbox seqs have no gaps, so entries that do not start right after the cursor were dropped
    // (trimmed, or lost by the store) while this page was read.
    boolean dropped = !readAhead.isEmpty() && readAhead.getFirst().inboxSeq() != from + 1;
    if (!covers(cursor) || dropped) {
      return new SyncPage(List.of(), head, false, true);
    }
    boolean hasMore = readAhead.size() > limit;
    List<InboxEntry> entries = hasMore ? readAhead.subList(0, limit) : readAhead;
    long next = entries.isEmpty() ? from : entries.getLast().inboxSeq();
    return new SyncPage(entries, next, hasMore, false);
  }
}
