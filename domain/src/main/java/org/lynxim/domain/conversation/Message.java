package org.lynxim.domain.conversation;

import java.util.Objects;
import java.util.Optional;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.user.UserId;

/**
 * A stored message: its place in the conversation ({@code seq}, from 1) and the server's time of
 * acceptance in epoch milliseconds. A recalled message keeps its place and reads as empty; an
 * edited one carries when it was edited last (epoch ms); a reply, the seq it answers; a stream,
 * whether it is still open.
 */
public record Message(
    ConversationId conversationId,
    long seq,
    MsgId msgId,
    UserId sender,
    MsgType type,
    MessageContent content,
    long sendTime,
    boolean recalled,
    Optional<Long> editedAt,
    Optional<Long> replyTo,
    StreamState stream) {

  public Message {
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(msgId, "msgId");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(editedAt, "editedAt");
    Objects.requireNonNull(replyTo, "replyTo");
    Objects.requireNonNull(stream, "stream");
    if (seq < 1) {
      throw new IllegalArgumentException("seq must be at least 1");
    }
  }

  /** A message as sent: not recalled, never edited. */
  public Message(
      ConversationId conversationId,
      long seq,
      MsgId msgId,
      UserId sender,
      MsgType type,
      MessageContent content,
      long sendTime) {
    this(
        conversationId,
        seq,
        msgId,
        sender,
        type,
        content,
        sendTime,
        false,
        Optional.empty(),
        Optional.empty(),
        StreamState.NONE);
  }

  /** A message as sent, answering {@code replyTo}, a stream or not. */
  public Message(
      ConversationId conversationId,
      long seq,
      MsgId msgId,
      UserId sender,
      MsgType type,
      MessageContent content,
      long sendTime,
      Optional<Long> replyTo,
      StreamState stream) {
    this(
        conversationId,
        seq,
        msgId,
        sender,
        type,
        content,
        sendTime,
        false,
        Optional.empty(),
        replyTo,
        stream);
  }

  /** Whether the message is a stream its sender still adds to. */
  public boolean streaming() {
    return stream == StreamState.OPEN;
  }

  /**
   * Recalling the message: its sender within {@code windowMillis} of sending it, or anyone the
   * conversation lets recall it at any time ({@code overridesWindow}: a group's owner, or an admin
   * for a plain member's message). System messages and call logs stay.
   */
  public MessageChange recall(UserId actor, boolean overridesWindow, long now, long windowMillis) {
    if (type.isServerMade()) {
      return new MessageChange.Refused(
          new IllegalArgumentException("system messages and call logs cannot be recalled"));
    }
    if (recalled) {
      return new MessageChange.Unchanged(this);
    }
    boolean inWindow = actor.equals(sender) && now - sendTime <= windowMillis;
    if (!inWindow && !overridesWindow) {
      return new MessageChange.Refused(
          actor.equals(sender)
              ? new ForbiddenException(
                  Reason.RECALL_WINDOW_PASSED, "the time to recall this message has passed")
              : new ForbiddenException(Reason.NOT_ALLOWED, "you may not recall this message"));
    }
    return new MessageChange.Changed(asRecalled());
  }

  /**
   * Editing the message: its sender alone, a text message, not recalled, within {@code
   * windowMillis} of sending it.
   */
  public MessageChange edit(UserId actor, MessageContent newContent, long now, long windowMillis) {
    if (!actor.equals(sender)) {
      return new MessageChange.Refused(
          new ForbiddenException(Reason.NOT_ALLOWED, "only its sender edits a message"));
    }
    if (type != MsgType.TEXT) {
      return new MessageChange.Refused(
          new IllegalArgumentException("only text messages can be edited"));
    }
    if (recalled) {
      return new MessageChange.Refused(
          new ConflictException(Reason.RECALLED, "the message was recalled"));
    }
    if (streaming()) {
      return new MessageChange.Refused(
          new ConflictException(Reason.STREAMING, "the stream is still open"));
    }
    if (now - sendTime > windowMillis) {
      return new MessageChange.Refused(
          new ForbiddenException(
              Reason.EDIT_WINDOW_PASSED, "the time to edit this message has passed"));
    }
    return new MessageChange.Changed(asEdited(newContent, now));
  }

  /** The message as it reads once recalled: empty, and marked so; an open stream ends. */
  public Message asRecalled() {
    return changed(
        MessageContent.RECALLED,
        true,
        editedAt,
        stream == StreamState.OPEN ? StreamState.ENDED : stream);
  }

  /** The open stream as far as it has come: {@code sofar} in place of what it opened with. */
  public Message soFar(MessageContent sofar) {
    if (!streaming()) {
      throw new IllegalStateException("only an open stream grows");
    }
    return changed(sofar, recalled, editedAt, stream);
  }

  /** The stream ended with its whole {@code content}. */
  public Message asStreamEnded(MessageContent whole) {
    return changed(whole, recalled, editedAt, StreamState.ENDED);
  }

  /** The message with new content, edited at {@code at} (epoch ms). */
  public Message asEdited(MessageContent newContent, long at) {
    return changed(newContent, false, Optional.of(at), stream);
  }

  /** The same message in the same place, its content and state changed. */
  private Message changed(
      MessageContent newContent,
      boolean nowRecalled,
      Optional<Long> nowEditedAt,
      StreamState nowStream) {
    return new Message(
        conversationId,
        seq,
        msgId,
        sender,
        type,
        newContent,
        sendTime,
        nowRecalled,
        nowEditedAt,
        replyTo,
        nowStream);
  }

  public IdempotencyKey key() {
    return new IdempotencyKey(conversationId, sender, msgId);
  }
}
