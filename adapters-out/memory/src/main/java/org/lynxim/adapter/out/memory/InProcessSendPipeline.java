package org.lynxim.adapter.out.memory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.application.messaging.port.out.SendPipeline;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.SendResult;

/**
 * The send pipeline of one process: a bounded queue per partition, each conversation hashed to one
 * partition, and at most one thread at a time writing a partition's queue. The thread that submits
 * into an idle partition stores its send itself, at once, with whatever else queued meanwhile: at
 * low rates a send is stored and answered without waking another thread. A partition whose queue is
 * still not empty after that batch goes on in a writer of its own (a virtual thread), which takes
 * whatever has queued up (up to a batch) in one go until the queue is empty, so that under load
 * many sends share a transaction. Closing stops new sends and stores everything already queued.
 */
public final class InProcessSendPipeline implements SendPipeline, AutoCloseable {
  private static final Logger LOG = Logger.getLogger(InProcessSendPipeline.class.getName());
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private record Pending(MessageDraft draft, CompletableFuture<SendResult> result) {}

  private final List<Partition> partitions = new ArrayList<>();
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
      this.partitions.add(new Partition("lynx-writer-" + i, queueCapacity));
    }
  }

  @Override
  public synchronized void subscribe(BatchHandler handler) {
    if (this.handler != null) {
      throw new IllegalStateException("the pipeline has its handler already");
    }
    this.handler = handler;
    // Sends submitted before there was a handler waited in their queues.
    partitions.forEach(partition -> Thread.ofVirtual().start(partition::writeIfIdle));
  }

  @Override
  public CompletableFuture<SendResult> submit(MessageDraft draft) {
    CompletableFuture<SendResult> result = new CompletableFuture<>();
    if (!open) {
      return CompletableFuture.failedFuture(unavailable("the server is shutting down"));
    }
    // The id's own hash: a direct chat's value() would build a string on every send, and the
    // partitions live in this process only.
    Partition partition =
        partitions.get(Math.floorMod(draft.conversationId().hashCode(), partitions.size()));
    try {
      if (!partition.queue.offer(
          new Pending(draft, result), queueTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        return CompletableFuture.failedFuture(unavailable("too many sends queued"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CompletableFuture.failedFuture(unavailable("interrupted"));
    }
    partition.writeIfIdle();
    return result;
  }

  @Override
  public int queued() {
    return partitions.stream().mapToInt(partition -> partition.queue.size()).sum();
  }

  /** One partition: its queue, and who writes it now. */
  private final class Partition {
    private final String name;
    private final BlockingQueue<Pending> queue;
    private final AtomicBoolean writing = new AtomicBoolean();
    private final List<Pending> batch;

    Partition(String name, int queueCapacity) {
      this.name = name;
      this.queue = new ArrayBlockingQueue<>(queueCapacity);
      this.batch = new ArrayList<>(maxBatch);
    }

    /**
     * Stores one batch on the calling thread unless another thread is writing, then hands what is
     * left to a writer of its own.
     */
    void writeIfIdle() {
      if (handler != null && !queue.isEmpty() && writing.compareAndSet(false, true)) {
        if (writeBatches(1)) {
          Thread.ofVirtual().name(name).start(() -> writeBatches(Integer.MAX_VALUE));
        }
      }
    }

    /**
     * Writes up to {@code most} batches while holding the right to write. Answers true when it
     * stopped with sends still queued and still holds that right (for a writer to go on), false
     * when it let go of it with the queue empty.
     */
    private boolean writeBatches(int most) {
      int written = 0;
      while (true) {
        queue.drainTo(batch, maxBatch);
        if (batch.isEmpty()) {
          writing.set(false);
          // A send queued after the drain and before the release found the partition busy.
          if (queue.isEmpty() || !writing.compareAndSet(false, true)) {
            return false;
          }
          continue;
        }
        try {
          store(batch);
        } finally {
          batch.clear();
        }
        if (++written == most && !queue.isEmpty()) {
          return true;
        }
      }
    }

    boolean idle() {
      return queue.isEmpty() && !writing.get();
    }
  }

  private void store(List<Pending> batch) {
    List<SendResult> results;
    try {
      results = handler.store(batch.stream().map(Pending::draft).toList());
    } catch (RuntimeException | Error e) {
      // An Error too (a stack overflow on one send's content, say): let it through and this
      // partition's writer would die holding the partition, and every later send to it would wait.
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
    long deadline = System.nanoTime() + CLOSE_TIMEOUT.toNanos();
    for (Partition partition : partitions) {
      while (handler != null && !partition.idle() && System.nanoTime() < deadline) {
        partition.writeIfIdle();
        LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
      }
    }
  }

  private static StoreUnavailableException unavailable(String why) {
    return new StoreUnavailableException(why, null);
  }
}
