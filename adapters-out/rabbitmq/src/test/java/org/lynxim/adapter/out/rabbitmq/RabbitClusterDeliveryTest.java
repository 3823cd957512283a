package org.lynxim.adapter.out.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lynxim.application.fixtures.RecordingDeviceDelivery;
import org.lynxim.application.fixtures.RecordingDeviceDelivery.Push;
import org.lynxim.application.fixtures.RecordingDeviceDelivery.Sync;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/** Two nodes' deliveries through the real RabbitMQ. */
class RabbitClusterDeliveryTest {
  private final String prefix = "lynx-test." + UUID.randomUUID() + ".";
  private final RecordingDeviceDelivery devicesOnA = new RecordingDeviceDelivery();
  private final RecordingDeviceDelivery devicesOnB = new RecordingDeviceDelivery();
  private final RabbitClusterDelivery a = open("a", devicesOnA);
  private final RabbitClusterDelivery b = open("b", devicesOnB);

  private RabbitClusterDelivery open(String node, RecordingDeviceDelivery local) {
    return RabbitClusterDelivery.open(
        new RabbitSettings(
            RabbitSendPipelineTest.URI, prefix, 1, 1, Duration.ofSeconds(5), 1, node),
        local);
  }

  @AfterEach
  void close() {
    a.close();
    b.close();
  }

  @Test
  void a_push_reaches_the_devices_of_every_node_once() {
    Message message =
        new Message(
            ConversationId.parse("dm:alice:bob"),
            3,
            MsgId.of("m3"),
            UserId.of("alice"),
            MsgType.TEXT,
            MessageContent.of("h\u00e9"),
            99);
    Optional<DeviceId> phone = Optional.of(DeviceId.of("phone"));
    Map<UserId, Long> inboxSeqs = Map.of(UserId.of("alice"), 7L, UserId.of("bob"), 12L);
    a.pushMessage(message, List.of(UserId.of("alice"), UserId.of("bob")), inboxSeqs, phone);

    Push expected =
        new Push(message, List.of(UserId.of("alice"), UserId.of("bob")), inboxSeqs, phone);
    await().atMost(Duration.ofSeconds(5)).until(() -> devicesOnB.pushes.size() == 1);
    assertThat(devicesOnB.pushes).containsExactly(expected);
    assertThat(devicesOnA.pushes).containsExactly(expected);
  }

  @Test
  void a_read_position_move_reaches_the_users_devices_on_other_nodes() {
    b.syncReadPosition(
        UserId.of("bob"), ConversationId.parse("grp:g1"), new ReadPosition(7), Optional.empty());

    Sync expected =
        new Sync(
            UserId.of("bob"),
            ConversationId.parse("grp:g1"),
            new ReadPosition(7),
            Optional.empty());
    await().atMost(Duration.ofSeconds(5)).until(() -> devicesOnA.syncs.size() == 1);
    assertThat(devicesOnA.syncs).containsExactly(expected);
    assertThat(devicesOnB.syncs).containsExactly(expected);
  }
}
