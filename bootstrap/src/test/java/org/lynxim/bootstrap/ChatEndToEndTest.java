package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two and three people chatting through a real node, over WebSocket and REST. */
class ChatEndToEndTest extends OneNodeTest {

  @Test
  void two_users_chat_and_the_one_who_was_offline_catches_up_by_pulling() {
    String alice = rest.registerAndLogin("alice_e2e");
    String bob = rest.registerAndLogin("bob_e2e");
    String chat = "dm:alice_e2e:bob_e2e";
    long bobSeen;
    try (ChatClient alicePhone = ChatClient.connect(node.port(), alice, "phone");
        ChatClient bobPhone = ChatClient.connect(node.port(), bob, "phone")) {
      ObjectNode ack = alicePhone.send(chat, "hello-1", "hi bob");
      assertThat(ack.get("code").asInt()).isZero();
      assertThat(ack.get("seq").asLong()).isEqualTo(1);
      assertThat(ack.get("duplicate").asBoolean()).isFalse();
      JsonNode push = bobPhone.nextPush().get("payload");
      assertThat(push.get("content").asText()).isEqualTo("hi bob");
      assertThat(push.get("sender_id").asText()).isEqualTo("alice_e2e");
      assertThat(push.get("seq").asLong()).isEqualTo(1);
      assertThat(alicePhone.hasPushWithin(Duration.ofMillis(200))).isFalse();
      bobSeen = push.get("seq").asLong();
    }

    List<Long> sentWhileAway = new ArrayList<>();
    try (ChatClient alicePhone = ChatClient.connect(node.port(), alice, "phone")) {
      for (int i = 1; i <= 5; i++) {
        sentWhileAway.add(
            alicePhone.send(chat, "away-" + i, "while away " + i).get("seq").asLong());
      }
    }

    try (ChatClient bobPhone = ChatClient.connect(node.port(), bob, "phone")) {
      ObjectNode page = bobPhone.pull(chat, bobSeen, 50);
      assertThat(page.get("code").asInt()).isZero();
      List<Long> pulled = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      page.get("payload").forEach(m -> pulled.add(m.get("seq").asLong()));
      page.get("payload").forEach(m -> texts.add(m.get("content").asText()));
      assertThat(pulled).isEqualTo(sentWhileAway);
      assertThat(texts)
          .containsExactly(
              "while away 1", "while away 2", "while away 3", "while away 4", "while away 5");
      assertThat(page.get("has_more").asBoolean()).isFalse();
      assertThat(page.get("next_cursor_seq").asLong()).isEqualTo(6);
    }
  }

  @Test
  void a_push_reaches_every_device_but_the_sending_one_and_acks_sync_the_others() {
    String carol = rest.registerAndLogin("carol_e2e");
    String dave = rest.registerAndLogin("dave_e2e");
    String chat = "dm:carol_e2e:dave_e2e";
    try (ChatClient carolPhone = ChatClient.connect(node.port(), carol, "phone");
        ChatClient carolLaptop = ChatClient.connect(node.port(), carol, "laptop");
        ChatClient davePhone = ChatClient.connect(node.port(), dave, "phone");
        ChatClient daveLaptop = ChatClient.connect(node.port(), dave, "laptop")) {
      carolPhone.send(chat, "multi-1", "to all devices");

      assertThat(carolLaptop.nextPush().get("payload").get("msg_id").asText()).isEqualTo("multi-1");
      assertThat(davePhone.nextPush().get("payload").get("msg_id").asText()).isEqualTo("multi-1");
      assertThat(daveLaptop.nextPush().get("payload").get("msg_id").asText()).isEqualTo("multi-1");
      assertThat(carolPhone.hasPushWithin(Duration.ofMillis(200))).isFalse();

      ObjectNode acked = davePhone.ack(chat, 1);
      assertThat(acked.get("last_ack_seq").asLong()).isEqualTo(1);
      ObjectNode sync = daveLaptop.nextPush();
      assertThat(sync.get("cmd").asInt()).isEqualTo(6);
      assertThat(sync.get("conversation_id").asText()).isEqualTo(chat);
      assertThat(sync.get("last_ack_seq").asLong()).isEqualTo(1);
      assertThat(davePhone.hasPushWithin(Duration.ofMillis(200))).isFalse();
      assertThat(davePhone.ack(chat, 0).get("last_ack_seq").asLong()).isEqualTo(1);
    }
  }

  @Test
  void a_group_chats_and_a_late_member_sees_only_what_came_after_joining() {
    String erin = rest.registerAndLogin("erin_e2e");
    String frank = rest.registerAndLogin("frank_e2e");
    String gina = rest.registerAndLogin("gina_e2e");
    var created =
        rest.post("/api/v1/groups", erin, "{\"name\":\"trip\",\"members\":[\"frank_e2e\"]}");
    assertThat(created.status()).isEqualTo(201);
    String group = created.body().get("conversation_id").asText();
    String groupId = created.body().get("group_id").asText();
    assertThat(created.body().get("owner").asText()).isEqualTo("erin_e2e");

    try (ChatClient erinPhone = ChatClient.connect(node.port(), erin, "phone");
        ChatClient frankPhone = ChatClient.connect(node.port(), frank, "phone")) {
      erinPhone.send(group, "g-1", "before gina");
      assertThat(frankPhone.nextPush().get("payload").get("content").asText())
          .isEqualTo("before gina");
      var added =
          rest.post(
              "/api/v1/groups/" + groupId + "/members", erin, "{\"user_ids\":[\"gina_e2e\"]}");
      assertThat(added.status()).isEqualTo(200);
      try (ChatClient ginaPhone = ChatClient.connect(node.port(), gina, "phone")) {
        frankPhone.send(group, "g-2", "welcome gina");
        assertThat(ginaPhone.nextPush().get("payload").get("content").asText())
            .isEqualTo("welcome gina");
        ObjectNode page = ginaPhone.pull(group, 0, 50);
        // 1.2: gina joined just before the member_added message that names her, so she sees it.
        assertThat(page.get("payload")).hasSize(2);
        assertThat(page.get("payload").get(0).get("msg_type").asInt()).isEqualTo(100);
        assertThat(page.get("payload").get(0).get("content").asText())
            .isEqualTo("{\"event\":\"member_added\",\"user_ids\":[\"gina_e2e\"]}");
        assertThat(page.get("payload").get(1).get("content").asText()).isEqualTo("welcome gina");
      }
    }

    var list = rest.get("/api/v1/conversations", gina);
    JsonNode line = list.body().get("conversations").get(0);
    assertThat(line.get("conversation_id").asText()).isEqualTo(group);
    assertThat(line.get("type").asText()).isEqualTo("group");
    assertThat(line.get("last_seq").asLong()).isEqualTo(3);
    assertThat(line.get("last_ack_seq").asLong()).isEqualTo(1);
    assertThat(line.get("unread").asLong()).as("the system message is not unread").isEqualTo(1);
    assertThat(line.get("last_message").get("content").asText()).isEqualTo("welcome gina");
  }

  @Test
  void rest_sends_pulls_and_acks_with_the_same_rules() {
    String hank = rest.registerAndLogin("hank_e2e");
    String ivy = rest.registerAndLogin("ivy_e2e");
    String chat = "dm:hank_e2e:ivy_e2e";
    try (ChatClient hankPhone = ChatClient.connect(node.port(), hank, "phone");
        ChatClient ivyPhone = ChatClient.connect(node.port(), ivy, "phone")) {
      var sent =
          rest.post(
              "/api/v1/conversations/" + chat + "/messages",
              hank,
              // 1.2: an image's content names a file or an absolute web URL.
              "{\"msg_id\":\"rest-1\",\"msg_type\":2,"
                  + "\"content\":\"{\\\"url\\\":\\\"https://example.com/x.png\\\"}\"}");
      assertThat(sent.status()).isEqualTo(200);
      assertThat(sent.body().get("seq").asLong()).isEqualTo(1);
      // Over REST there is no sending device: every device of the sender gets the push.
      assertThat(hankPhone.nextPush().get("payload").get("msg_type").asInt()).isEqualTo(2);
      assertThat(ivyPhone.nextPush().get("payload").get("msg_id").asText()).isEqualTo("rest-1");

      var pulled =
          rest.get(
              "/api/v1/conversations/dm%3Ahank_e2e%3Aivy_e2e/messages?cursor_seq=0&limit=10", ivy);
      assertThat(pulled.status()).isEqualTo(200);
      assertThat(pulled.body().get("messages")).hasSize(1);
      assertThat(pulled.body().get("next_cursor_seq").asLong()).isEqualTo(1);

      var acked = rest.post("/api/v1/conversations/" + chat + "/ack", ivy, "{\"seq\":1}");
      assertThat(acked.body().get("last_ack_seq").asLong()).isEqualTo(1);
      assertThat(ivyPhone.nextPush().get("cmd").asInt()).isEqualTo(6);
      var beyond = rest.post("/api/v1/conversations/" + chat + "/ack", ivy, "{\"seq\":2}");
      assertThat(beyond.status()).isEqualTo(400);
      assertThat(beyond.contentType()).isEqualTo("application/problem+json");
      assertThat(beyond.body().get("status").asInt()).isEqualTo(400);
    }
  }

  @Test
  void a_second_connection_of_the_same_device_replaces_the_first() throws Exception {
    String jack = rest.registerAndLogin("jack_e2e");
    try (ChatClient first = ChatClient.connect(node.port(), jack, "phone");
        ChatClient second = ChatClient.connect(node.port(), jack, "phone")) {
      assertThat(first.closeCode.get(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(4001);
      assertThat(second.heartbeat().get("code").asInt()).isZero();
    }
  }

  @Test
  void health_and_metrics_are_served() {
    rest.registerAndLogin("kim_e2e");
    var health = rest.get("/observe/health", null);
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body().get("status").asText()).isEqualTo("UP");
    String chat = "dm:kim_e2e:lee_e2e";
    String kim = rest.login("kim_e2e");
    rest.registerAndLogin("lee_e2e");
    rest.post(
        "/api/v1/conversations/" + chat + "/messages", kim, "{\"msg_id\":\"m\",\"content\":\"x\"}");
    var metrics = rest.get("/observe/metrics", null);
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.text())
        .contains("lynx_messages_sent_total")
        .contains("lynx_messages_pushed_total")
        .contains("lynx_send_latency_seconds_count");
  }
}
