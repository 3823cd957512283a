package org.lynxim.application.stream.service;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.lynxim.application.messaging.port.in.SendMessageCommand;
import org.lynxim.application.messaging.port.in.SendMessageUseCase;
import org.lynxim.application.stream.port.in.OpenStreamUseCase;
import org.lynxim.application.stream.port.out.StreamBuffers;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.SendResult;
import org.lynxim.domain.conversation.StreamProgress;

/**
 * Sends the placeholder, then opens its buffer. A resend of the same msg_id opens it too while the
 * stream is open, so that a buffer lost between the two steps (the node died) comes back.
 */
public final class OpenStreamService implements OpenStreamUseCase {
  private final SendMessageUseCase send;
  private final StreamBuffers buffers;
  private final Clock clock;
  private final Duration idleTimeout;

  public OpenStreamService(
      SendMessageUseCase send, StreamBuffers buffers, Clock clock, Duration idleTimeout) {
    this.send = send;
    this.buffers = buffers;
    this.clock = clock;
    this.idleTimeout = idleTimeout;
  }

  @Override
  public CompletableFuture<SendResult> open(SendMessageCommand command) {
    if (!command.draft().opensStream()) {
      throw new IllegalArgumentException("not the placeholder of a stream");
    }
    return send.send(command)
        .thenApply(
            result -> {
              Message placeholder = result.message();
              if (placeholder.streaming()) {
                buffers.open(
                    Amendment.Target.of(placeholder),
                    StreamProgress.opened(placeholder.sender(), placeholder.content()),
                    placeholder.content().text(),
                    clock.instant().plus(idleTimeout));
              }
              return result;
            });
  }
}
