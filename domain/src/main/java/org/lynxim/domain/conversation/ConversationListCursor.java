package org.lynxim.domain.conversation;

import java.util.Objects;

/**
 * Where a page of the conversation list ended: the last conversation's activity time and id, so
 * that the next page starts right after it in {@link ConversationSummary#NEWEST_FIRST} order.
 */
public record ConversationListCursor(long activityTime, ConversationId conversationId) {
  public ConversationListCursor {
    Objects.requireNonNull(conversationId, "conversationId");
  }

  public static ConversationListCursor after(ConversationSummary summary) {
    return new ConversationListCursor(summary.activityTime(), summary.conversationId());
  }

  /** Whether the conversation comes after this cursor in the list's order. */
  public boolean precedes(ConversationSummary summary) {
    return activityTime > summary.activityTime()
        || (activityTime == summary.activityTime()
            && conversationId.value().compareTo(summary.conversationId().value()) < 0);
  }
}
