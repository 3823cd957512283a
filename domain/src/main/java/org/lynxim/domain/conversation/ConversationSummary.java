package org.lynxim.domain.conversation;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A line of a user's conversation list. {@code activityTime} orders the list: the send time of the
 * last message the user can see, or, in a group where there is none, when the user joined. {@code
 * diffusion} tells whether its new messages come through the inbox (sync) or only its timeline.
 * {@code peerPosition} is, in a direct chat, how far the other user read, when it shares that (not
 * with read receipts off, not between blocked users); always empty in a group. {@code settings} are
 * the user's own for it (pinned, muted, draft). {@code unreadSystemMessages} is how many of the
 * messages after the read position are system messages, which are not unread. {@code dissolved}: a
 * group its owner dissolved, still listed for reading.
 */
public record ConversationSummary(
    ConversationId conversationId,
    long lastSeq,
    ReadPosition readPosition,
    Optional<Message> lastMessage,
    long activityTime,
    Diffusion diffusion,
    Optional<ReadPosition> peerPosition,
    ConversationSettings settings,
    long unreadSystemMessages,
    boolean dissolved) {

  /** The same entry with its last message as it reads now (an open stream so far). */
  public ConversationSummary withLastMessage(Message message) {
    return new ConversationSummary(
        conversationId,
        lastSeq,
        readPosition,
        Optional.of(message),
        activityTime,
        diffusion,
        peerPosition,
        settings,
        unreadSystemMessages,
        dissolved);
  }

  /**
   * The list's order: pinned conversations first, the most recently pinned first; then newest
   * first; ties by conversation id ascending.
   */
  public static final Comparator<ConversationSummary> LIST_ORDER =
      Comparator.comparing(ConversationListCursor::of, ConversationListCursor.ORDER);

  public ConversationSummary {
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(readPosition, "readPosition");
    Objects.requireNonNull(lastMessage, "lastMessage");
    Objects.requireNonNull(diffusion, "diffusion");
    Objects.requireNonNull(peerPosition, "peerPosition");
    Objects.requireNonNull(settings, "settings");
    if (unreadSystemMessages < 0) {
      throw new IllegalArgumentException("unreadSystemMessages must be >= 0");
    }
    if (conversationId instanceof GroupChatId && peerPosition.isPresent()) {
      throw new IllegalArgumentException("a group has no peer position");
    }
  }

  public boolean isGroup() {
    return conversationId instanceof GroupChatId;
  }

  /** The same line with the user's settings for it. */
  public ConversationSummary withSettings(ConversationSettings newSettings) {
    return new ConversationSummary(
        conversationId,
        lastSeq,
        readPosition,
        lastMessage,
        activityTime,
        diffusion,
        peerPosition,
        newSettings,
        unreadSystemMessages,
        dissolved);
  }

  /** The same line knowing how many system messages follow its read position. */
  public ConversationSummary withUnreadSystemMessages(long count) {
    return new ConversationSummary(
        conversationId,
        lastSeq,
        readPosition,
        lastMessage,
        activityTime,
        diffusion,
        peerPosition,
        settings,
        count,
        dissolved);
  }

  /** The same line of a group that is dissolved, or not. */
  public ConversationSummary withDissolved(boolean isDissolved) {
    return new ConversationSummary(
        conversationId,
        lastSeq,
        readPosition,
        lastMessage,
        activityTime,
        diffusion,
        peerPosition,
        settings,
        unreadSystemMessages,
        isDissolved);
  }

  /** Whether messages follow the read position (system messages or not). */
  public boolean isBehind() {
    return readPosition.lastAckSeq() < lastSeq;
  }

  /** The messages after the read position that are not system messages (PROTOCOL.md 1.2). */
  public long unread() {
    return Math.max(0, readPosition.unreadOf(lastSeq) - unreadSystemMessages);
  }
}
