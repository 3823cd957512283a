package org.lynxim.adapter.in.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.lynxim.domain.conversation.InboxEntry;
import org.lynxim.domain.conversation.Message;

/**
 * The message object of PROTOCOL.md, in pushes, pulls, syncs and the conversation list alike;
 * {@code inbox_seq} only where the message comes from (or goes to) the reader's inbox.
 */
public record MessageBody(
    String conversationId,
    long seq,
    String msgId,
    String senderId,
    int msgType,
    String content,
    long sendTime,
    @JsonInclude(JsonInclude.Include.NON_NULL) Long inboxSeq) {

  public static MessageBody from(Message message) {
    return new MessageBody(
        message.conversationId().value(),
        message.seq(),
        message.msgId().value(),
        message.sender().value(),
        message.type().code(),
        message.content().text(),
        message.sendTime(),
        null);
  }

  public static MessageBody from(InboxEntry entry) {
    Message message = entry.message();
    return new MessageBody(
        message.conversationId().value(),
        message.seq(),
        message.msgId().value(),
        message.sender().value(),
        message.type().code(),
        message.content().text(),
        message.sendTime(),
        entry.inboxSeq());
  }
}
