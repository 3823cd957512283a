package org.lynxim.application.push.port.out;

import java.util.List;
import org.lynxim.domain.push.PushJob;

/**
 * Jobs waiting for the push worker: the cluster's in a durable RabbitMQ queue (a job queued is not
 * lost with its node), the embedded shape's in memory (a restart loses what was queued). A job is
 * taken off the queue once the worker returns from it, so one whose node died mid-delivery is
 * delivered again by another (with the same push ids).
 */
public interface PushQueue {

  /**
   * Queues the jobs; in the cluster, durably once this returns.
   *
   * @throws org.lynxim.application.common.StoreUnavailableException the queue is out of reach
   */
  void enqueue(List<PushJob> jobs);

  /** Sets the one worker, at start-up; it is handed batches of jobs on a thread of the queue's. */
  void work(Worker worker);

  /** Delivers a batch of jobs; returns when it is done with them. */
  interface Worker {
    void deliver(List<PushJob> jobs);
  }
}
