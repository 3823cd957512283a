package org.lynxim.domain.conversation;

import java.util.Objects;

/** The newest message of a conversation. */
public record ConversationHead(ConversationId conversationId, Message lastMessage) {
  public ConversationHead {
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(lastMessage, "lastMessage");
  }

  public long lastSeq() {
    return lastMessage.seq();
  }
}
