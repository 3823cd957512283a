package org.lynxim.adapter.out.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.ConnectionFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lynxim.application.contract.DeviceDeliveryContract;
import org.lynxim.application.delivery.port.out.DeliveryEvent;
import org.lynxim.application.delivery.port.out.OtherNodes;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.user.UserId;

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

  @Test
  void an_event_this_node_cannot_read_is_dropped_and_the_next_ones_still_arrive() throws Exception {
    RabbitOtherNodes hearing = (RabbitOtherNodes) joinCluster("a");
    RabbitOtherNodes telling = (RabbitOtherNodes) joinCluster("b");
    try {
      List<DeliveryEvent> heard = new CopyOnWriteArrayList<>();
      hearing.listen(heard::add);
      ConnectionFactory factory = new ConnectionFactory();
      factory.setUri(RabbitSendPipelineTest.URI);
      try (var connection = factory.newConnection();
          var channel = connection.createChannel()) {
        // What a node of a newer version might send: not an event this one knows.
        channel.basicPublish(
            prefix + "deliveries", "", null, "not an event".getBytes(StandardCharsets.UTF_8));
      }
      DeliveryEvent moved =
          new DeliveryEvent.ReadPositionMoved(
              UserId.of("bob"),
              ConversationId.parse("grp:g1"),
              new ReadPosition(7),
              Optional.empty());

      telling.tell(moved);

      await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains(moved));
      assertThat(heard).containsExactly(moved);
    } finally {
      hearing.close();
      telling.close();
    }
  }
}
