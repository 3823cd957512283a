package org.lynxim.domain.conversation;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A line of a user's conversation list. {@code activityTime} orders the list: the send time of the
 * last message the user can see, or, in a group where there is none, when the user joined. {@code
 * diffusion} tells whether its new messages come through the inbox (sync) or only its timeline.
 * {@code peerPosition} is, in a direct chat, how far the other user read, when it shares that (not
 * with read receipts off, not between blocked users); always empty in a group.
 */
public record ConversationSummary(
    ConversationId conversationId,
    long lastSeq,
    ReadPosition readPosition,
    Optional<Message> lastMessage,
    long activityTime,
    Diffusion diffusion,
    Optional<ReadPosition> peerPosition) {

  /** Newest first, ties by conversation id ascending. */
  public static final Comparator<ConversationSummary> NEWEST_FIRST =
      Comparator.comparingLong(ConversationSummary::activityTime)
          .reversed()
          .thenComparing(summary -> summary.conversationId().value());

  public ConversationSummary {
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(readPosition, "readPosition");
    Objects.requireNonNull(lastMessage, "lastMessage");
    Objects.requireNonNull(diffusion, "diffusion");
    Objects.requireNonNull(peerPosition, "peerPosition");
    if (conversationId instanceof GroupChatId && peerPosition.isPresent()) {
      throw new IllegalArgumentException("a group has no peer position");
    }
  }

  public boolean isGroup() {
    return conversationId instanceof GroupChatId;
  }

  public long unread() {
    return readPosition.unreadOf(lastSeq);
  }
}
