package org.lynxim.adapter.out.rabbitmq;

import com.rabbitmq.client.ConnectionFactory;
import java.time.Duration;
import java.util.UUID;
import org.lynxim.application.contract.PushQueueContract;
import org.lynxim.application.push.port.out.PushQueue;

/** The durable push queue on the real RabbitMQ, under names of its own. */
class RabbitPushQueueTest extends PushQueueContract {
  private final String prefix = "lynx-test." + UUID.randomUUID() + ".";

  @Override
  protected PushQueue newQueue() {
    return RabbitPushQueue.open(
        new RabbitSettings(
            RabbitSendPipelineTest.URI, prefix, 1, 1, Duration.ofSeconds(5), 1, "push-test"));
  }

  @Override
  protected void close(PushQueue queue) throws Exception {
    ((RabbitPushQueue) queue).close();
    ConnectionFactory factory = new ConnectionFactory();
    factory.setUri(RabbitSendPipelineTest.URI);
    try (var connection = factory.newConnection();
        var channel = connection.createChannel()) {
      channel.queueDelete(prefix + "push");
    }
  }
}
