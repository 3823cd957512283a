package org.lynxim.application.stream.service;

import java.time.Clock;
import java.time.Duration;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.application.delivery.port.in.RelaySignalUseCase;
import org.lynxim.application.messaging.port.in.ParticipationUseCase;
import org.lynxim.application.stream.port.in.AddStreamChunkUseCase;
import org.lynxim.application.stream.port.out.StreamBuffers;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Participation;
import org.lynxim.domain.conversation.StreamProgress;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.notice.Audience;
import org.lynxim.domain.notice.Signal;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/**
 * Lets the stream's progress decide what a chunk does, appends it if no other chunk came first
 * (else decides again), and relays it at once. A chunk for a stream with no buffer learns from the
 * stored message why: not a stream, someone else's, or ended.
 */
public final class AddStreamChunkService implements AddStreamChunkUseCase {
  /** Chunks of one stream come from one sender, so a lost race repeats at most a few times. */
  private static final int ATTEMPTS = 8;

  private final ParticipationUseCase participation;
  private final OpenStreams streams;
  private final StreamBuffers buffers;
  private final RelaySignalUseCase relay;
  private final Clock clock;
  private final Duration idleTimeout;
  private final int maxBytes;

  public AddStreamChunkService(
      ParticipationUseCase participation,
      OpenStreams streams,
      StreamBuffers buffers,
      RelaySignalUseCase relay,
      Clock clock,
      Duration idleTimeout,
      int maxBytes) {
    this.participation = participation;
    this.streams = streams;
    this.buffers = buffers;
    this.relay = relay;
    this.clock = clock;
    this.idleTimeout = idleTimeout;
    this.maxBytes = maxBytes;
  }

  @Override
  public void add(
      UserId actor,
      DeviceId device,
      ConversationId conversation,
      long seq,
      long index,
      String delta) {
    Participation member = participation.require(actor, conversation);
    Amendment.Target stream = new Amendment.Target(conversation, seq);
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      StreamProgress progress = buffers.progress(stream).orElse(null);
      if (progress == null) {
        streams.requireOwnOpen(actor, conversation, seq);
        // Stored as open, but its buffer is gone: it is being ended.
        throw new ConflictException(Reason.ENDED, "the stream ended");
      }
      switch (progress.take(actor, index, delta, maxBytes)) {
        case StreamProgress.Verdict.Repeated repeated -> {
          return;
        }
        case StreamProgress.Verdict.Append append -> {
          if (buffers.append(
              stream,
              progress.lastIndex(),
              append.after(),
              delta,
              clock.instant().plus(idleTimeout))) {
            relay.relay(
                Audience.allBut(member.members(), new UserDevice(actor, device)),
                new Signal.StreamChunk(conversation, seq, index, delta));
            return;
          }
        }
      }
    }
    throw new StoreUnavailableException("the stream's chunks kept racing; retry the chunk", null);
  }
}
