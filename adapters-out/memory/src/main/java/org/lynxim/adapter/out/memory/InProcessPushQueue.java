package org.lynxim.adapter.out.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lynxim.application.push.port.out.PushQueue;
import org.lynxim.domain.push.PushJob;

/**
 * Push jobs of a single process, in memory: one worker thread takes what has queued, up to {@link
 * #BATCH} jobs at a time. Queuing never waits: past {@code capacity} jobs a job is dropped (and
 * logged), so that a gateway that is down never holds up a send. A batch the worker fails on goes
 * back to the queue. A restart loses what is queued.
 */
public final class InProcessPushQueue implements PushQueue, AutoCloseable {
  private static final Logger LOG = Logger.getLogger(InProcessPushQueue.class.getName());
  private static final int BATCH = 200;

  private final BlockingQueue<PushJob> queued;
  private volatile Thread worker;
  private volatile boolean closed;

  public InProcessPushQueue(int capacity) {
    this.queued = new LinkedBlockingQueue<>(capacity);
  }

  @Override
  public void enqueue(List<PushJob> jobs) {
    int dropped = 0;
    for (PushJob job : jobs) {
      dropped += queued.offer(job) ? 0 : 1;
    }
    if (dropped > 0) {
      int lost = dropped;
      LOG.warning(() -> "push queue full: dropped " + lost + " push jobs");
    }
  }

  @Override
  public void work(Worker handler) {
    worker = Thread.ofPlatform().name("push-worker").daemon().start(() -> run(handler));
  }

  private void run(Worker handler) {
    List<PushJob> batch = new ArrayList<>(BATCH);
    while (!closed) {
      try {
        PushJob first = queued.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queued.drainTo(batch, BATCH - 1);
        handler.deliver(List.copyOf(batch));
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException | Error e) {
        // A store the worker reads was out of reach (or a bug): the jobs wait for the next round.
        // An Error let through would end the worker, and no push would go out after it.
        LOG.log(Level.WARNING, "push delivery failed; the jobs go back to the queue", e);
        enqueue(batch);
        if (!pause()) {
          return;
        }
      } finally {
        batch.clear();
      }
    }
  }

  private static boolean pause() {
    try {
      Thread.sleep(1_000);
      return true;
    } catch (InterruptedException e) {
      return false;
    }
  }

  /** How many jobs wait. */
  public int waiting() {
    return queued.size();
  }

  @Override
  public void close() {
    closed = true;
    Thread running = worker;
    if (running != null) {
      running.interrupt();
    }
  }
}
