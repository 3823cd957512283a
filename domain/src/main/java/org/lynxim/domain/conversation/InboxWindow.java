package org.lynxim.domain.conversation;

import java.util.List;

/**
 * What a user's inbox holds: entries {@code firstKept} to {@code head} (none when {@code head} is
 * 0). A sync from a cursor outside what is held, older than the first entry kept or beyond the
 * head, cannot be answered without a gap: it is a reset.
 */
public record InboxWindow(long firstKept, long head) {
  public InboxWindow {
    if (head < 0 || firstKept < 1 || firstKept > head + 1) {
      throw new IllegalArgumentException("invalid inbox window " + firstKept + ".." + head);
    }
  }

  public static InboxWindow empty() {
    return new InboxWindow(1, 0);
  }

  /** Whether every entry after the cursor is still held. */
  public boolean covers(long cursor) {
    return cursor >= firstKept - 1 && cursor <= head;
  }

  /** The page for a cursor, given up to {@code limit + 1} entries read after it. */
  public SyncPage page(long cursor, List<InboxEntry> readAhead, int limit) {
    if (!covers(cursor)) {
      return new SyncPage(List.of(), head, false, true);
    }
    boolean hasMore = readAhead.size() > limit;
    List<InboxEntry> entries = hasMore ? readAhead.subList(0, limit) : readAhead;
    long next = entries.isEmpty() ? cursor : entries.getLast().inboxSeq();
    return new SyncPage(entries, next, hasMore, false);
  }
}
