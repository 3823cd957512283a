package org.lynxim.domain.conversation;

import java.util.Objects;
import java.util.Optional;
import org.lynxim.domain.user.UserId;

/**
 * A message as its sender wrote it, before the server gives it a seq and a time; {@code replyTo}
 * the seq of the message it answers, in the same conversation.
 */
public record MessageDraft(
    ConversationId conversationId,
    MsgId msgId,
    UserId sender,
    MsgType type,
    MessageContent content,
    Optional<Long> replyTo) {

  public MessageDraft {
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(msgId, "msgId");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(replyTo, "replyTo");
    if (replyTo.filter(seq -> seq < 1).isPresent()) {
      throw new IllegalArgumentException("reply_to must be a seq, 1 or more");
    }
  }

  /** A draft that answers no message. */
  public MessageDraft(
      ConversationId conversationId,
      MsgId msgId,
      UserId sender,
      MsgType type,
      MessageContent content) {
    this(conversationId, msgId, sender, type, content, Optional.empty());
  }

  public Message sequenced(long seq, long sendTime) {
    return new Message(
        conversationId,
        seq,
        msgId,
        sender,
        type,
        content,
        sendTime,
        false,
        Optional.empty(),
        replyTo);
  }

  public IdempotencyKey key() {
    return new IdempotencyKey(conversationId, sender, msgId);
  }
}
