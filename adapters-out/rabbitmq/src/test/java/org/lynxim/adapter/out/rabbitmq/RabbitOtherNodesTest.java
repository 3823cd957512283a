package org.lynxim.adapter.out.rabbitmq;

import com.rabbitmq.client.ConnectionFactory;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.lynxim.application.contract.DeviceDeliveryContract;
import org.lynxim.application.delivery.port.out.OtherNodes;

/** Delivery between two nodes through the real RabbitMQ. */
class RabbitOtherNodesTest extends DeviceDeliveryContract {
  private final String prefix = "lynx-test." + UUID.randomUUID() + ".";

  @Override
  protected OtherNodes joinCluster(String node) {
    return RabbitOtherNodes.open(
        new RabbitSettings(
            RabbitSendPipelineTest.URI, prefix, 1, 1, Duration.ofSeconds(5), 1, node));
  }

  @Override
  protected int nodeCount() {
    return 2;
  }

  @Override
  protected void leaveCluster(OtherNodes node) {
    ((RabbitOtherNodes) node).close();
  }

  /** The nodes' queues go with their connections; the exchange is this test's to drop. */
  @AfterEach
  void dropExchange() throws Exception {
    ConnectionFactory factory = new ConnectionFactory();
    factory.setUri(RabbitSendPipelineTest.URI);
    try (var connection = factory.newConnection();
        var channel = connection.createChannel()) {
      channel.exchangeDelete(prefix + "deliveries");
    }
  }
}
