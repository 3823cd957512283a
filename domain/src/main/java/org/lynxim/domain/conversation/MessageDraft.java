package org.lynxim.domain.conversation;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.user.UserId;

/**
 * A message as its sender wrote it, before the server gives it a seq and a time; {@code replyTo}
 * the seq of the message it answers, in the same conversation; {@code files} the uploaded files its
 * content names, recorded with the message so that its members may read them; {@code opensStream}
 * whether it is the placeholder of a stream, which its sender then adds to.
 */
public record MessageDraft(
    ConversationId conversationId,
    MsgId msgId,
    UserId sender,
    MsgType type,
    MessageContent content,
    Optional<Long> replyTo,
    Set<FileId> files,
    Optional<Amendment> amends,
    boolean opensStream) {

  public MessageDraft {
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(msgId, "msgId");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(replyTo, "replyTo");
    files = Set.copyOf(files);
    Objects.requireNonNull(amends, "amends");
    if (amends.isPresent()
        && (type != MsgType.SYSTEM
            || !amends.get().target().conversation().equals(conversationId))) {
      throw new IllegalArgumentException(
          "only a system message amends a message, and one of its own conversation");
    }
    if (opensStream && (type != MsgType.TEXT || amends.isPresent())) {
      throw new IllegalArgumentException("a stream is a text message");
    }
    if (replyTo.filter(seq -> seq < 1).isPresent()) {
      throw new IllegalArgumentException("reply_to must be a seq, 1 or more");
    }
  }

  /** A draft that is not a stream. */
  public MessageDraft(
      ConversationId conversationId,
      MsgId msgId,
      UserId sender,
      MsgType type,
      MessageContent content,
      Optional<Long> replyTo,
      Set<FileId> files,
      Optional<Amendment> amends) {
    this(conversationId, msgId, sender, type, content, replyTo, files, amends, false);
  }

  /** A draft that amends no message. */
  public MessageDraft(
      ConversationId conversationId,
      MsgId msgId,
      UserId sender,
      MsgType type,
      MessageContent content,
      Optional<Long> replyTo,
      Set<FileId> files) {
    this(conversationId, msgId, sender, type, content, replyTo, files, Optional.empty());
  }

  /** A draft that names no file. */
  public MessageDraft(
      ConversationId conversationId,
      MsgId msgId,
      UserId sender,
      MsgType type,
      MessageContent content,
      Optional<Long> replyTo) {
    this(conversationId, msgId, sender, type, content, replyTo, Set.of());
  }

  /** A draft that answers no message and names no file. */
  public MessageDraft(
      ConversationId conversationId,
      MsgId msgId,
      UserId sender,
      MsgType type,
      MessageContent content) {
    this(conversationId, msgId, sender, type, content, Optional.empty(), Set.of());
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
        replyTo,
        opensStream ? StreamState.OPEN : StreamState.NONE);
  }

  public IdempotencyKey key() {
    return new IdempotencyKey(conversationId, sender, msgId);
  }
}
