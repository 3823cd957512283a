package org.lynxim.domain.conversation;

import java.util.List;

/**
 * One page of a pull: messages in ascending seq, the cursor to pull from next (the last returned
 * seq, or the request's cursor when none is returned), and whether more messages exist beyond it.
 */
public record Page(List<Message> messages, long nextCursorSeq, boolean hasMore) {
  public Page {
    messages = List.copyOf(messages);
  }

  /**
   * Builds the page from up to {@code limit + 1} messages read after the cursor: the extra one only
   * tells that there is more.
   */
  public static Page of(List<Message> readAhead, PullCursor requested, int limit) {
    boolean hasMore = readAhead.size() > limit;
    List<Message> page = hasMore ? readAhead.subList(0, limit) : readAhead;
    long next = page.isEmpty() ? requested.cursorSeq() : page.getLast().seq();
    return new Page(page, next, hasMore);
  }
}
