package org.lynxim.domain.conversation;

/**
 * A conversation: a direct chat between two users ({@code dm:<a>:<b>}, {@code a < b}) or a group
 * chat ({@code grp:<group_id>}).
 */
public sealed interface ConversationId permits DirectChatId, GroupChatId {

  /** The wire form, for example {@code dm:alice:bob}. */
  String value();

  /** Parses the wire form; anything else is an {@link IllegalArgumentException}. */
  static ConversationId parse(String raw) {
    if (raw == null) {
      throw new IllegalArgumentException("conversation_id is required");
    }
    if (raw.startsWith(DirectChatId.PREFIX)) {
      return DirectChatId.parse(raw);
    }
    if (raw.startsWith(GroupChatId.PREFIX)) {
      return GroupChatId.parse(raw);
    }
    throw new IllegalArgumentException("conversation_id must start with dm: or grp:");
  }
}
