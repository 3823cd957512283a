package org.lynxim.domain.conversation;

import java.util.Objects;
import org.lynxim.domain.user.UserId;

/** What makes a send the same send again: the conversation, the sender and the client's msg_id. */
public record IdempotencyKey(ConversationId conversationId, UserId sender, MsgId msgId) {
  public IdempotencyKey {
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(msgId, "msgId");
  }
}
