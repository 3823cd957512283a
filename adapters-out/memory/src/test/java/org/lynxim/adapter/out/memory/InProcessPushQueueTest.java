package org.lynxim.adapter.out.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lynxim.application.contract.PushQueueContract;
import org.lynxim.application.push.port.out.PushQueue;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.push.PushJob;

class InProcessPushQueueTest extends PushQueueContract {
  @Override
  protected PushQueue newQueue() {
    return new InProcessPushQueue(1000);
  }

  @Override
  protected void close(PushQueue queue) {
    ((InProcessPushQueue) queue).close();
  }

  @Test
  void a_full_queue_drops_rather_than_waits() {
    InProcessPushQueue queue = new InProcessPushQueue(2);
    PushJob job = new PushJob.ForMessage(ConversationId.parse("dm:ann:bob"), 1);

    queue.enqueue(List.of(job, job, job));

    assertThat(queue.waiting()).isEqualTo(2);
  }
}
