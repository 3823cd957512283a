package org.lynxim.domain.conversation;

import java.util.List;

/**
 * One page of a sync: entries in ascending inbox_seq, the cursor to go on from, whether more exist,
 * and {@code reset} when the cursor was outside what the inbox holds (then no entries, and {@code
 * nextCursor} is the head: the client rebuilds from the conversation list and pulls).
 */
public record SyncPage(List<InboxEntry> entries, long nextCursor, boolean hasMore, boolean reset) {
  public SyncPage {
    entries = List.copyOf(entries);
  }
}
