package org.lynxim.domain.conversation;

import java.util.Objects;
import org.lynxim.domain.user.UserId;

/** A message as its sender wrote it, before the server gives it a seq and a time. */
public record MessageDraft(
    ConversationId conversationId,
    MsgId msgId,
    UserId sender,
    MsgType type,
    MessageContent content) {

  public MessageDraft {
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(msgId, "msgId");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(content, "content");
  }

  public Message sequenced(long seq, long sendTime) {
    return new Message(conversationId, seq, msgId, sender, type, content, sendTime);
  }

  public IdempotencyKey key() {
    return new IdempotencyKey(conversationId, sender, msgId);
  }
}
