package org.lynxim.adapter.out.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The loop of a pipeline's writer: waits for the first item, takes whatever else has queued up
 * behind it (up to a batch) and hands all of it over in one go, so that under load many sends share
 * a transaction and idle it adds no delay. Runs on the calling thread until {@code running} turns
 * false and nothing is left to take ({@code drainAfterStop}), or the thread is interrupted.
 */
public final class BatchDrain {
  private static final long POLL_MILLIS = 100;

  private BatchDrain() {}

  /** Stores one batch; the list is reused after the call returns. */
  public interface BatchConsumer<T> {
    void accept(List<T> batch) throws InterruptedException;
  }

  /**
   * @param drainAfterStop whether items still queued when {@code running} turns false are handed
   *     over before returning
   */
  public static <T> void run(
      BlockingQueue<T> queue,
      int maxBatch,
      BooleanSupplier running,
      boolean drainAfterStop,
      BatchConsumer<T> consumer) {
    List<T> batch = new ArrayList<>(maxBatch);
    while (running.getAsBoolean() || (drainAfterStop && !queue.isEmpty())) {
      try {
        T first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, maxBatch - 1);
        consumer.accept(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        batch.clear();
      }
    }
  }
}
