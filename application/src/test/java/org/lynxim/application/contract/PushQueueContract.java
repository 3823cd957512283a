package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.lynxim.application.push.port.out.PushQueue;
import org.lynxim.domain.call.CallId;
import org.lynxim.domain.call.CallMedia;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.push.PushJob;
import org.lynxim.domain.user.UserId;

/** What every {@link PushQueue} must do. */
public abstract class PushQueueContract {
  protected abstract PushQueue newQueue();

  /** Closes the queue (its worker, its connection); the test's names are its own to drop. */
  protected abstract void close(PushQueue queue) throws Exception;

  @Test
  void every_job_reaches_the_worker_and_a_batch_it_fails_comes_again() throws Exception {
    failsOnceThenDelivers(new IllegalStateException("a store was out of reach"));
  }

  /** An Error (a bug) must not end the worker: the batch comes again, like any failed batch. */
  @Test
  void a_batch_that_fails_with_an_error_comes_again_and_the_worker_goes_on() throws Exception {
    failsOnceThenDelivers(new StackOverflowError("a bug"));
  }

  private void failsOnceThenDelivers(Throwable failure) throws Exception {
    PushQueue queue = newQueue();
    try {
      Set<PushJob> delivered = ConcurrentHashMap.newKeySet();
      AtomicBoolean failedOnce = new AtomicBoolean();
      queue.work(
          jobs -> {
            if (failedOnce.compareAndSet(false, true)) {
              if (failure instanceof Error error) {
                throw error;
              }
              throw (RuntimeException) failure;
            }
            delivered.addAll(jobs);
          });
      ConversationId chat = ConversationId.parse("dm:ann:bob");
      PushJob invite =
          new PushJob.ForCallInvite(
              new CallId("c1"), (DirectChatId) chat, UserId.of("ann"), CallMedia.VIDEO, 42);
      List<PushJob> jobs =
          List.of(new PushJob.ForMessage(chat, 1), new PushJob.ForMessage(chat, 2), invite);

      queue.enqueue(jobs);

      await().atMost(Duration.ofSeconds(10)).until(() -> delivered.containsAll(jobs));
      assertThat(failedOnce).isTrue();
    } finally {
      close(queue);
    }
  }
}
