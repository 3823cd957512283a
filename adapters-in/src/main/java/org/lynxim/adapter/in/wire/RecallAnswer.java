package org.lynxim.adapter.in.wire;

import org.lynxim.domain.conversation.Message;

/** The answer to a recall, over REST and WebSocket alike. */
public record RecallAnswer(String conversationId, long seq, boolean recalled) {

  public static RecallAnswer from(Message message) {
    return new RecallAnswer(message.conversationId().value(), message.seq(), message.recalled());
  }
}
