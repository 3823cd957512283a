package org.lynxim.adapter.in.wire;

import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ReadPosition;

/**
 * A user's read position in a conversation: the answer to an ack (WebSocket cmd 4 and REST), and
 * the ack sync frame (cmd 6) to the user's other devices.
 */
public record ReadPositionBody(String conversationId, long lastAckSeq) {

  public static ReadPositionBody from(ConversationId conversation, ReadPosition position) {
    return new ReadPositionBody(conversation.value(), position.lastAckSeq());
  }
}
