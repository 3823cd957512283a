package org.lynxim.application.stream.service;

import java.util.Optional;
import org.lynxim.application.messaging.port.in.ParticipationUseCase;
import org.lynxim.application.stream.port.in.EndStreamUseCase;
import org.lynxim.application.stream.port.out.StreamBuffers;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.Participation;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.user.UserId;

/**
 * Checks the end, then takes the buffer (no chunk is accepted after that) and stores the end. A
 * buffer that is gone leaves the given content, or nothing, as what the stream says.
 */
public final class EndStreamService implements EndStreamUseCase {
  private final ParticipationUseCase participation;
  private final OpenStreams streams;
  private final StreamBuffers buffers;
  private final int maxBytes;

  public EndStreamService(
      ParticipationUseCase participation,
      OpenStreams streams,
      StreamBuffers buffers,
      int maxBytes) {
    this.participation = participation;
    this.streams = streams;
    this.buffers = buffers;
    this.maxBytes = maxBytes;
  }

  @Override
  public Message end(
      UserId actor, ConversationId conversation, long seq, Optional<String> content) {
    Participation member = participation.require(actor, conversation);
    Message stream = streams.requireOwnOpen(actor, conversation, seq);
    // Checked before the buffer is taken, so that a refused end leaves the stream open.
    Optional<MessageContent> given = content.map(text -> MessageContent.streamed(text, maxBytes));
    Optional<String> sofar = buffers.take(Amendment.Target.of(stream));
    MessageContent whole =
        given.orElseGet(
            () -> MessageContent.streamed(sofar.orElse(stream.content().text()), maxBytes));
    return streams
        .end(stream, whole, member.members())
        .orElseThrow(() -> new ConflictException(Reason.ENDED, "the stream ended"));
  }
}
