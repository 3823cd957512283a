package org.lynxim.adapter.in.wire;

import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.SendResult;

/** The answer to a send, once the message is stored (WebSocket cmd 2 and REST alike). */
public record SendAnswer(
    String msgId, String conversationId, long seq, long sendTime, boolean duplicate) {

  public static SendAnswer from(SendResult result) {
    Message message = result.message();
    return new SendAnswer(
        message.msgId().value(),
        message.conversationId().value(),
        message.seq(),
        message.sendTime(),
        result.duplicate());
  }
}
