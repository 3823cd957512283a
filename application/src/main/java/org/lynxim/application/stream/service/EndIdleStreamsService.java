package org.lynxim.application.stream.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.lynxim.application.messaging.port.in.ParticipationUseCase;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.application.stream.port.in.EndIdleStreamsUseCase;
import org.lynxim.application.stream.port.out.StreamBuffers;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;

/**
 * Ends idle streams with what their buffers hold: a node takes a buffer only while it is still
 * idle, so a chunk that came in time keeps its stream open, and of two nodes only one ends it. A
 * stream stored as open whose buffer is gone (the buffer's store lost it) is ended with what it was
 * stored with, once it is older than the idle time.
 */
public final class EndIdleStreamsService implements EndIdleStreamsUseCase {
  private static final int BATCH = 100;

  private final MessageStore messages;
  private final ParticipationUseCase participation;
  private final OpenStreams streams;
  private final StreamBuffers buffers;
  private final Clock clock;
  private final Duration idleTimeout;
  private final int maxBytes;

  public EndIdleStreamsService(
      MessageStore messages,
      ParticipationUseCase participation,
      OpenStreams streams,
      StreamBuffers buffers,
      Clock clock,
      Duration idleTimeout,
      int maxBytes) {
    this.messages = messages;
    this.participation = participation;
    this.streams = streams;
    this.buffers = buffers;
    this.clock = clock;
    this.idleTimeout = idleTimeout;
    this.maxBytes = maxBytes;
  }

  @Override
  public int endIdle() {
    Instant now = clock.instant();
    int ended = 0;
    for (Amendment.Target idle : buffers.idle(now, BATCH)) {
      Optional<String> content = buffers.takeIdle(idle, now);
      if (content.isPresent()) {
        Optional<Message> stream = messages.find(idle.conversation(), idle.seq());
        if (stream.filter(Message::streaming).isPresent()) {
          ended += end(stream.get(), content.get()) ? 1 : 0;
        }
      }
    }
    long openedBefore = now.minus(idleTimeout).toEpochMilli();
    for (Message orphan : messages.openStreams(openedBefore, BATCH)) {
      Amendment.Target target = Amendment.Target.of(orphan);
      if (buffers.progress(target).isEmpty()) {
        ended += end(orphan, orphan.content().text()) ? 1 : 0;
      }
    }
    return ended;
  }

  private boolean end(Message stream, String content) {
    return streams
        .end(
            stream,
            MessageContent.streamed(content, maxBytes),
            participation.members(stream.conversationId()))
        .isPresent();
  }
}
