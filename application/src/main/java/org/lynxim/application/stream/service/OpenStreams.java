package org.lynxim.application.stream.service;

import java.util.List;
import java.util.Optional;
import org.lynxim.application.messaging.port.in.AppendSystemMessageUseCase;
import org.lynxim.application.messaging.port.in.ReadMessageUseCase;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.StreamState;
import org.lynxim.domain.conversation.SystemEvent;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.user.UserId;

/**
 * What the stream services share: finding the stream a client names, with the protocol's answers
 * when it is none, and storing an end. Not a use case.
 */
public final class OpenStreams {
  private final ReadMessageUseCase read;
  private final AppendSystemMessageUseCase append;

  public OpenStreams(ReadMessageUseCase read, AppendSystemMessageUseCase append) {
    this.read = read;
    this.append = append;
  }

  /**
   * The open stream at {@code seq}, written by {@code actor}: 404 when the actor cannot see it, 400
   * when it is not a stream, 403 when someone else writes it, 409 when it ended.
   */
  Message requireOwnOpen(UserId actor, ConversationId conversation, long seq) {
    Message message = read.message(actor, conversation, seq);
    if (message.stream() == StreamState.NONE) {
      throw new IllegalArgumentException("message " + seq + " is not a stream");
    }
    if (!message.sender().equals(actor)) {
      throw new ForbiddenException(Reason.NOT_ALLOWED, "only its sender writes a stream");
    }
    if (!message.streaming() || message.recalled()) {
      throw new ConflictException(Reason.ENDED, "the stream ended");
    }
    return message;
  }

  /**
   * Stores the end with its {@code message_updated} system message, told to {@code members}; empty
   * when the stream ended meanwhile (nothing is then stored).
   */
  Optional<Message> end(Message stream, MessageContent whole, List<UserId> members) {
    Amendment.Target target = Amendment.Target.of(stream);
    return append
        .amend(
            stream.sender(),
            stream.conversationId(),
            new SystemEvent.MessageUpdated(stream.seq()),
            new Amendment.EndStream(target, whole),
            members)
        .map(told -> stream.asStreamEnded(whole));
  }
}
