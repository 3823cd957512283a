package org.lynxim.application.stream.port.in;

import java.util.concurrent.CompletableFuture;
import org.lynxim.application.messaging.port.in.SendMessageCommand;
import org.lynxim.domain.conversation.SendResult;

/**
 * Opens a stream (cmd 13): its placeholder is sent like any message (same checks, seqs and
 * idempotency) and pushed with {@code "streaming":true}; its sender then adds chunks to it.
 */
public interface OpenStreamUseCase {

  /**
   * @param command a send whose draft opens a stream
   */
  CompletableFuture<SendResult> open(SendMessageCommand command);
}
