package org.lynxim.adapter.in;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.lynxim.application.messaging.port.in.SendMessageCommand;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.PullCursor;
import org.lynxim.domain.conversation.StructuredContent;
import org.lynxim.domain.conversation.SyncCursor;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * Turns the raw fields of a request into commands, shared by WebSocket and REST. The content is
 * checked last, so a request that is both malformed and too large answers 400 before 413.
 */
public final class Requests {
  private Requests() {}

  /** A pull's cursor; absent values take the protocol's defaults. */
  public static PullCursor cursor(OptionalLong cursorSeq, OptionalLong limit) {
    return PullCursor.of(
        cursorSeq.isPresent() ? cursorSeq.getAsLong() : null,
        limit.isPresent() ? limit.getAsLong() : null);
  }

  /** A sync's cursor; absent values take the protocol's defaults. */
  public static SyncCursor syncCursor(OptionalLong cursor, OptionalLong limit) {
    return SyncCursor.of(
        cursor.isPresent() ? cursor.getAsLong() : null,
        limit.isPresent() ? limit.getAsLong() : null);
  }

  /** An ack's seq: negative is the request's own mistake, told before any lookup. */
  public static long ackSeq(long seq) {
    if (seq < 0) {
      throw new IllegalArgumentException("seq must be >= 0");
    }
    return seq;
  }

  /** A message's seq, named by a client: 1 or more. */
  public static long messageSeq(long seq) {
    if (seq < 1) {
      throw new IllegalArgumentException("seq must be >= 1");
    }
    return seq;
  }

  public static SendMessageCommand send(
      UserId sender,
      Optional<DeviceId> device,
      String conversationId,
      String msgId,
      OptionalLong msgType,
      String content,
      OptionalLong replyTo) {
    MsgId id = MsgId.of(msgId);
    ConversationId conversation = ConversationId.parse(conversationId);
    MsgType type = msgType.isPresent() ? MsgType.ofClientCode(msgType.getAsLong()) : MsgType.TEXT;
    Optional<Long> answered =
        replyTo.isPresent() ? Optional.of(messageSeq(replyTo.getAsLong())) : Optional.empty();
    // The shape first (400), then the size (413), as the protocol orders them.
    Optional<StructuredContent> structured = StructuredContents.read(type, content);
    MessageContent text = MessageContent.of(content);
    MessageDraft draft =
        new MessageDraft(
            conversation,
            id,
            sender,
            type,
            text,
            answered,
            structured.map(StructuredContent::files).orElse(Set.of()));
    return new SendMessageCommand(draft, device, structured);
  }

  /** The placeholder of a stream: text, possibly empty, at most as long as a sent message. */
  public static SendMessageCommand openStream(
      UserId sender,
      DeviceId device,
      String conversationId,
      String msgId,
      OptionalLong msgType,
      String content,
      OptionalLong replyTo) {
    MsgId id = MsgId.of(msgId);
    ConversationId conversation = ConversationId.parse(conversationId);
    if (msgType.isPresent() && msgType.getAsLong() != MsgType.TEXT.code()) {
      throw new IllegalArgumentException("a stream is text: msg_type 1");
    }
    Optional<Long> answered =
        replyTo.isPresent() ? Optional.of(messageSeq(replyTo.getAsLong())) : Optional.empty();
    MessageDraft draft =
        new MessageDraft(
            conversation,
            id,
            sender,
            MsgType.TEXT,
            MessageContent.streamStart(content),
            answered,
            Set.of(),
            Optional.empty(),
            true);
    return new SendMessageCommand(draft, Optional.of(device));
  }
}
