package org.lynxim.domain.conversation;

import java.util.Objects;
import org.lynxim.domain.user.UserId;

/**
 * A stored message: its place in the conversation ({@code seq}, from 1) and the server's time of
 * acceptance in epoch milliseconds.
 */
public record Message(
    ConversationId conversationId,
    long seq,
    MsgId msgId,
    UserId sender,
    MsgType type,
    MessageContent content,
    long sendTime) {

  public Message {
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(msgId, "msgId");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(content, "content");
    if (seq < 1) {
      throw new IllegalArgumentException("seq must be at least 1");
    }
  }

  public IdempotencyKey key() {
    return new IdempotencyKey(conversationId, sender, msgId);
  }
}
