package org.lynxim.domain.conversation;

import java.util.Locale;

/**
 * How a conversation's messages reach its members. Small conversations are written into every
 * member's inbox, so a device catches up on all of them with one sync; large groups are only read
 * from their timeline, so that one message does not cost a write per member.
 */
public enum Diffusion {
  INBOX,
  TIMELINE;

  /** Direct chats always go to the inbox; a group does while it has at most the threshold. */
  public static Diffusion of(ConversationId conversation, int members, int inboxMaxMembers) {
    if (inboxMaxMembers < 0) {
      throw new IllegalArgumentException("inbox_max_members must not be negative");
    }
    return conversation instanceof DirectChatId || members <= inboxMaxMembers ? INBOX : TIMELINE;
  }

  /** The protocol's name: {@code inbox} or {@code timeline}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
