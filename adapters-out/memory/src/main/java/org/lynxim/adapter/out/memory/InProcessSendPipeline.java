package org.lynxim.adapter.out.memory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lynxim.adapter.out.support.BatchDrain;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.application.messaging.port.out.SendPipeline;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.SendResult;

/**
 * The send pipeline of one process: a bounded queue and one writer thread per partition, each
 * conversation hashed to one partition. A writer takes whatever has queued up (up to a batch) and
 * hands it to the handler in one go, so that under load many sends share a transaction, and idle it
 * adds no delay. Closing stops new sends and stores everything already queued.
 */
public final class InProcessSendPipeline implements SendPipeline, AutoCloseable {
  private static final Logger LOG = Logger.getLogger(InProcessSendPipeline.class.getName());

  private record Pending(MessageDraft draft, CompletableFuture<SendResult> result) {}

  private final List<BlockingQueue<Pending>> partitions = new ArrayList<>();
  private final List<Thread> writers = new ArrayList<>();
  private final int maxBatch;
  private final Duration queueTimeout;
  private volatile BatchHandler handler;
  private volatile boolean open = true;

  /**
   * @param partitions how many writers (and so how many transactions may run at once)
   * @param queueCapacity sends that may wait per partition before submitters wait
   * @param maxBatch the most sends stored in one transaction
   * @param queueTimeout how long a submitter waits for room before it gets a 503
   */
  public InProcessSendPipeline(
      int partitions, int queueCapacity, int maxBatch, Duration queueTimeout) {
    this.maxBatch = maxBatch;
    this.queueTimeout = queueTimeout;
    for (int i = 0; i < partitions; i++) {
      BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(queueCapacity);
      this.partitions.add(queue);
      this.writers.add(Thread.ofVirtual().name("lynx-writer-" + i).unstarted(() -> write(queue)));
    }
  }

  @Override
  public synchronized void subscribe(BatchHandler handler) {
    if (this.handler != null) {
      throw new IllegalStateException("the pipeline has its handler already");
    }
    this.handler = handler;
    writers.forEach(Thread::start);
  }

  @Override
  public CompletableFuture<SendResult> submit(MessageDraft draft) {
    CompletableFuture<SendResult> result = new CompletableFuture<>();
    if (!open) {
      return CompletableFuture.failedFuture(unavailable("the server is shutting down"));
    }
    int partition = Math.floorMod(draft.conversationId().value().hashCode(), partitions.size());
    try {
      if (!partitions
          .get(partition)
          .offer(new Pending(draft, result), queueTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        return CompletableFuture.failedFuture(unavailable("too many sends queued"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CompletableFuture.failedFuture(unavailable("interrupted"));
    }
    return result;
  }

  @Override
  public int queued() {
    return partitions.stream().mapToInt(BlockingQueue::size).sum();
  }

  /** One partition's writer; after close, it stores what is still queued before it ends. */
  private void write(BlockingQueue<Pending> queue) {
    BatchDrain.run(queue, maxBatch, () -> open, true, this::store);
  }

  private void store(List<Pending> batch) {
    List<SendResult> results;
    try {
      results = handler.store(batch.stream().map(Pending::draft).toList());
    } catch (RuntimeException e) {
      StoreUnavailableException failure =
          e instanceof StoreUnavailableException unavailable
              ? unavailable
              : new StoreUnavailableException("storing a batch failed", e);
      if (!(e instanceof StoreUnavailableException)) {
        LOG.log(Level.SEVERE, "storing a batch failed", e);
      }
      batch.forEach(pending -> pending.result().completeExceptionally(failure));
      return;
    }
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).result().complete(results.get(i));
    }
  }

  /** Refuses new sends, then waits until every queued send is stored (or failed). */
  @Override
  public void close() {
    open = false;
    for (Thread writer : writers) {
      try {
        writer.join(Duration.ofSeconds(30));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static StoreUnavailableException unavailable(String why) {
    return new StoreUnavailableException(why, null);
  }
}
