package org.lynxim.application.messaging.port.out;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.SendResult;

/**
 * Carries sends to the one writer of their conversation. Each conversation belongs to one
 * partition; a partition's drafts reach the {@link BatchHandler} in the order they were submitted,
 * in batches, and one batch at a time, so that seqs are taken and stored in order without locks and
 * many sends share one database transaction (group commit).
 */
public interface SendPipeline {

  /**
   * Queues a draft; the future completes with its result once the batch holding it is durably
   * stored, or fails ({@link StoreUnavailableException} when storage or the pipeline is down or
   * full). Drafts submitted one after the other by one thread are stored in that order.
   */
  CompletableFuture<SendResult> submit(MessageDraft draft);

  /** Sends submitted through this process and not answered yet (the pipeline's depth here). */
  int queued();

  /** Sets the one handler that stores batches; called once, before the first submit. */
  void subscribe(BatchHandler handler);

  /** Stores one partition's batch; owned by the application. */
  interface BatchHandler {
    /**
     * Stores the drafts durably, in order, and returns one result per draft, in the same order.
     * Throws if the batch could not be stored; then none of it is acknowledged.
     */
    List<SendResult> store(List<MessageDraft> batch);
  }
}
