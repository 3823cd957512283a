package org.lynxim.adapter.in.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.lynxim.domain.conversation.InboxEntry;
import org.lynxim.domain.conversation.Message;

/**
 * The message object of PROTOCOL.md, in pushes, pulls, syncs and the conversation list alike;
 * {@code inbox_seq} only where the message comes from (or goes to) the reader's inbox; {@code
 * recalled}, {@code edited_at}, {@code reply_to} and {@code streaming} only when they apply.
 */
public record MessageBody(
    String conversationId,
    long seq,
    String msgId,
    String senderId,
    int msgType,
    String content,
    long sendTime,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean recalled,
    @JsonInclude(JsonInclude.Include.NON_NULL) Long editedAt,
    @JsonInclude(JsonInclude.Include.NON_NULL) Long replyTo,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean streaming,
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
        message.recalled() ? Boolean.TRUE : null,
        message.editedAt().orElse(null),
        message.replyTo().orElse(null),
        message.streaming() ? Boolean.TRUE : null,
        null);
  }

  /** The message as an inbox entry: with its inbox_seq in the reader's inbox. */
  public static MessageBody from(InboxEntry entry) {
    return from(entry.message()).withInboxSeq(entry.inboxSeq());
  }

  private MessageBody withInboxSeq(long seq) {
    return new MessageBody(
        conversationId,
        this.seq,
        msgId,
        senderId,
        msgType,
        content,
        sendTime,
        recalled,
        editedAt,
        replyTo,
        streaming,
        seq);
  }
}
