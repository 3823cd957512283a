package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offline push through the signed webhook, against a real HTTP receiver on loopback. */
class PushEndToEndTest {
  private static final String SECRET = "the-push-webhook-secret";

  @TempDir static Path data;
  static WebhookReceiver gateway;
  static LynxServer node;
  static RestClient rest;

  @BeforeAll
  static void start() throws Exception {
    gateway = WebhookReceiver.start(SECRET);
    node =
        TestNode.start(
            data,
            Map.of(
                "lynx.push.webhook.url",
                gateway.url(),
                "lynx.push.webhook.secret",
                SECRET,
                "lynx.push.retry.first",
                "PT0.2S"));
    rest = new RestClient(node.port());
  }

  @AfterAll
  static void stop() {
    node.close();
    gateway.close();
  }

  @Test
  void an_offline_device_is_woken_again_after_a_500_with_the_same_push_id() throws Exception {
    String amy = rest.registerAndLogin("amy_push");
    String ben = rest.registerAndLogin("ben_push");
    rest.call(
        "PUT", "/api/v1/devices/phone/push", ben, "{\"platform\":\"apns\",\"token\":\"ben-apns\"}");
    rest.call(
        "PUT", "/api/v1/devices/pad/push", ben, "{\"platform\":\"fcm\",\"token\":\"ben-dead\"}");
    gateway.answering(500, 200).withBody("{\"rejected_tokens\":[\"ben-dead\"]}");
    try (ChatClient amyPhone = ChatClient.connect(node.port(), amy, "phone")) {
      amyPhone.send("dm:amy_push:ben_push", "a1", "are you there?");

      WebhookReceiver.Received first = gateway.next(10);
      WebhookReceiver.Received again = gateway.next(10);

      assertThat(first.answered()).isEqualTo(500);
      assertThat(again.answered()).isEqualTo(200);
      assertThat(first.signed()).isTrue();
      assertThat(again.signed()).isTrue();
      assertThat(again.notifications()).isEqualTo(first.notifications());
      JsonNode push = again.notifications().get(0);
      assertThat(push.get("push_id").asText()).isNotBlank();
      assertThat(push.get("user_id").asText()).isEqualTo("ben_push");
      assertThat(push.get("devices")).hasSize(2);
      assertThat(push.get("conversation_id").asText()).isEqualTo("dm:amy_push:ben_push");
      assertThat(push.get("seq").asLong()).isEqualTo(1);
      assertThat(push.get("sender_id").asText()).isEqualTo("amy_push");
      assertThat(push.get("msg_type").asInt()).isEqualTo(1);
      assertThat(push.get("preview").asText()).isEqualTo("are you there?");
      assertThat(push.get("unread_total").asLong()).isEqualTo(1);
      assertThat(push.get("send_time").asLong()).isPositive();
      // The gateway's answer is read after it was sent: the token goes a moment later.
      await()
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(
              () -> {
                JsonNode devices = rest.get("/api/v1/devices", ben).body().get("devices");
                assertThat(devices).as("the rejected token is forgotten").hasSize(1);
                assertThat(devices.get(0).get("device_id").asText()).isEqualTo("phone");
              });
    }
  }

  @Test
  void online_devices_own_messages_and_mutes_wake_nothing_and_invites_ring_offline_devices()
      throws Exception {
    String cy = rest.registerAndLogin("cy_push");
    String di = rest.registerAndLogin("di_push");
    String chat = "dm:cy_push:di_push";
    gateway.answering(200).withBody("{}");
    rest.call("PUT", "/api/v1/devices/phone/push", di, "{\"platform\":\"fcm\",\"token\":\"di-1\"}");
    try (ChatClient cyPhone = ChatClient.connect(node.port(), cy, "phone")) {
      try (ChatClient diPhone = ChatClient.connect(node.port(), di, "phone")) {
        assertThat(diPhone.heartbeat().get("code").asInt()).isZero();
        cyPhone.send(chat, "c1", "you are online");
        diPhone.send(chat, "d1", "my own");
        assertThat(gateway.quietFor(1_000)).isTrue();
      }
      rest.call("PATCH", "/api/v1/conversations/" + chat + "/settings", di, "{\"muted\":true}");
      cyPhone.send(chat, "c2", "muted");
      assertThat(gateway.quietFor(1_000)).isTrue();
      rest.call("PATCH", "/api/v1/conversations/" + chat + "/settings", di, "{\"muted\":false}");

      cyPhone.request(CallsEndToEndTest.invite(chat, "video"));
      JsonNode invite = gateway.next(10).notifications().get(0);
      assertThat(invite.get("msg_type").asInt()).isEqualTo(8);
      assertThat(invite.get("preview").asText()).isEqualTo("Incoming call");
      assertThat(invite.get("seq").isNull()).isTrue();
      assertThat(invite.get("push_id").asText()).startsWith("c_");
    }
  }
}
