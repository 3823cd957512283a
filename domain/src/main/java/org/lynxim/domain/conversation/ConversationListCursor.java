package org.lynxim.domain.conversation;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A place in the conversation list's order ({@link ConversationSummary#LIST_ORDER}): whether and
 * since when the conversation is pinned (epoch ms), its activity time and its id. Where a page
 * ended, so that the next page starts right after it.
 */
public record ConversationListCursor(
    Optional<Long> pinnedAt, long activityTime, ConversationId conversationId) {

  /** Pinned first, most recently pinned first; then newest first; then by id. */
  static final Comparator<ConversationListCursor> ORDER =
      Comparator.comparing(
              (ConversationListCursor cursor) -> cursor.pinnedAt().orElse(Long.MIN_VALUE),
              Comparator.reverseOrder())
          .thenComparing(ConversationListCursor::activityTime, Comparator.reverseOrder())
          .thenComparing(cursor -> cursor.conversationId().value());

  public ConversationListCursor {
    Objects.requireNonNull(pinnedAt, "pinnedAt");
    Objects.requireNonNull(conversationId, "conversationId");
  }

  /** An unpinned place (the only kind of version 1.1). */
  public ConversationListCursor(long activityTime, ConversationId conversationId) {
    this(Optional.empty(), activityTime, conversationId);
  }

  public static ConversationListCursor of(ConversationSummary summary) {
    return new ConversationListCursor(
        summary.settings().pinnedAt().map(java.time.Instant::toEpochMilli),
        summary.activityTime(),
        summary.conversationId());
  }

  public static ConversationListCursor after(ConversationSummary summary) {
    return of(summary);
  }

  /** Whether the conversation comes after this cursor in the list's order. */
  public boolean precedes(ConversationSummary summary) {
    return ORDER.compare(this, of(summary)) < 0;
  }
}
