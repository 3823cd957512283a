package org.lynxim.application.messaging.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.lynxim.application.delivery.port.in.PushMessageUseCase;
import org.lynxim.application.messaging.port.in.SendMessageCommand;
import org.lynxim.application.messaging.port.in.SendMessageUseCase;
import org.lynxim.application.messaging.port.out.MessagingMetrics;
import org.lynxim.application.messaging.port.out.SendPipeline;
import org.lynxim.application.messaging.port.out.SendRateLimiter;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.Participation;
import org.lynxim.domain.conversation.SendResult;
import org.lynxim.domain.error.RateLimitedException;

/**
 * Checks a send (who may send, how fast), hands it to its conversation's writer, and once it is
 * stored pushes it to the members' devices.
 */
public final class SendMessageService implements SendMessageUseCase {
  private final ConversationMembership membership;
  private final SendRateLimiter rateLimiter;
  private final SendPipeline pipeline;
  private final PushMessageUseCase push;
  private final MessagingMetrics metrics;
  private final Clock clock;
  private final SendRefusals refusals;
  private final ContentReferences references;

  public SendMessageService(
      ConversationMembership membership,
      ContentReferences references,
      SendRefusals refusals,
      SendRateLimiter rateLimiter,
      SendPipeline pipeline,
      PushMessageUseCase push,
      MessagingMetrics metrics,
      Clock clock) {
    this.membership = membership;
    this.references = references;
    this.refusals = refusals;
    this.rateLimiter = rateLimiter;
    this.pipeline = pipeline;
    this.push = push;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public CompletableFuture<SendResult> send(SendMessageCommand command) {
    Instant start = clock.instant();
    MessageDraft draft = command.draft();
    references.require(draft.sender(), command.structured());
    Participation participation =
        membership.requireSender(draft.sender(), draft.conversationId(), clock.millis());
    Optional<SendResult> sentBefore = refusals.check(draft, participation);
    if (sentBefore.isPresent()) {
      return CompletableFuture.completedFuture(sentBefore.get());
    }
    // After every other check, as the protocol orders 429 after 404 and 403.
    if (!rateLimiter.tryAcquire(draft.sender(), command.device())) {
      throw new RateLimitedException("sending too fast; retry later");
    }
    return pipeline
        .submit(draft)
        .thenApply(
            result -> {
              if (!result.duplicate()) {
                metrics.messageStored(Duration.between(start, clock.instant()));
                push.push(
                    result.message(),
                    participation.members(),
                    result.inboxSeqs(),
                    command.device());
              }
              return result;
            });
  }
}
