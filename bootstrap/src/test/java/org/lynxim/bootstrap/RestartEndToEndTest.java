package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a node stored survives its restart; connections are told to reconnect. */
class RestartEndToEndTest {
  @TempDir Path data;

  @Test
  void a_restart_keeps_users_groups_messages_acks_and_seqs() throws Exception {
    String alice;
    String group;
    try (LynxServer first = TestNode.start(data)) {
      RestClient rest = new RestClient(first.port());
      alice = rest.registerAndLogin("alice_rs");
      String bob = rest.registerAndLogin("bob_rs");
      group =
          rest.post("/api/v1/groups", alice, "{\"name\":\"kept\",\"members\":[\"bob_rs\"]}")
              .body()
              .get("conversation_id")
              .asText();
      try (ChatClient socket = ChatClient.connect(first.port(), alice, "phone")) {
        socket.send("dm:alice_rs:bob_rs", "d1", "direct one");
        socket.send("dm:alice_rs:bob_rs", "d2", "direct two");
        socket.send(group, "g1", "group one");
        first.close();
        assertThat(socket.closeCode.get(5, TimeUnit.SECONDS)).isEqualTo(1012);
      }
      assertThat(bob).isNotBlank();
    }

    try (LynxServer second = TestNode.start(data)) {
      RestClient rest = new RestClient(second.port());
      assertThat(rest.get("/api/v1/conversations", alice).status()).isEqualTo(200);
      String bob = rest.login("bob_rs");
      JsonNode list = rest.get("/api/v1/conversations", bob).body().get("conversations");
      assertThat(list)
          .extracting(c -> c.get("conversation_id").asText())
          .containsExactlyInAnyOrder("dm:alice_rs:bob_rs", group);
      JsonNode direct = rest.get("/api/v1/conversations/dm:alice_rs:bob_rs/messages", bob).body();
      assertThat(direct.get("messages"))
          .extracting(m -> m.get("content").asText())
          .containsExactly("direct one", "direct two");
      assertThat(rest.get("/api/v1/groups/" + group.substring(4), bob).body().get("members"))
          .hasSize(2);

      try (ChatClient socket = ChatClient.connect(second.port(), alice, "phone")) {
        assertThat(socket.send("dm:alice_rs:bob_rs", "d3", "after restart").get("seq").asLong())
            .isEqualTo(3);
        assertThat(socket.send(group, "g2", "group two").get("seq").asLong()).isEqualTo(2);
        JsonNode again = socket.send("dm:alice_rs:bob_rs", "d1", "direct one");
        assertThat(again.get("duplicate").asBoolean()).isTrue();
        assertThat(again.get("seq").asLong()).isEqualTo(1);
      }
      JsonNode aliceList = rest.get("/api/v1/conversations", alice).body().get("conversations");
      JsonNode directLine =
          aliceList.findParents("conversation_id").stream()
              .filter(c -> c.get("conversation_id").asText().startsWith("dm:"))
              .findFirst()
              .orElseThrow();
      assertThat(directLine.get("last_ack_seq").asLong()).isEqualTo(3);
      assertThat(directLine.get("unread").asLong()).isZero();
    }
  }

  @Test
  void the_embedded_default_keeps_messages_in_rocksdb_beside_the_database() throws Exception {
    String bob;
    try (LynxServer first = TestNode.start(data)) {
      RestClient rest = new RestClient(first.port());
      String alice = rest.registerAndLogin("alice_rk");
      bob = rest.registerAndLogin("bob_rk");
      try (ChatClient socket = ChatClient.connect(first.port(), alice, "phone")) {
        assertThat(socket.send("dm:alice_rk:bob_rk", "k1", "in rocksdb").get("seq").asLong())
            .isEqualTo(1);
      }
    }
    assertThat(data.resolve("timeline")).isDirectory();

    // The same data directory with the timeline in its database: the users are there, the
    // message is not (it was never written to H2).
    try (LynxServer inDatabase = TestNode.start(data, Map.of("lynx.timeline.store", "database"))) {
      RestClient rest = new RestClient(inDatabase.port());
      JsonNode messages =
          rest.get("/api/v1/conversations/dm:alice_rk:bob_rk/messages", rest.login("bob_rk"))
              .body();
      assertThat(messages.get("messages")).isEmpty();
    }
    assertThat(bob).isNotBlank();
  }

  @Test
  void a_data_directory_whose_database_holds_messages_has_them_copied_into_rocksdb()
      throws Exception {
    String chat = "dm:alice_h2:bob_h2";
    try (LynxServer before = TestNode.start(data, Map.of("lynx.timeline.store", "database"))) {
      RestClient rest = new RestClient(before.port());
      String alice = rest.registerAndLogin("alice_h2");
      String bob = rest.registerAndLogin("bob_h2");
      try (ChatClient socket = ChatClient.connect(before.port(), alice, "phone")) {
        socket.send(chat, "h1", "one from before");
        socket.send(chat, "h2", "two from before");
      }
      assertThat(rest.post("/api/v1/conversations/" + chat + "/ack", bob, "{\"seq\":1}").status())
          .isEqualTo(200);
    }
    assertThat(data.resolve("timeline")).doesNotExist();

    try (LynxServer upgraded = TestNode.start(data)) {
      assertThat(data.resolve("timeline")).isDirectory();
      RestClient rest = new RestClient(upgraded.port());
      String alice = rest.login("alice_h2");
      String bob = rest.login("bob_h2");
      assertThat(
              rest.get("/api/v1/conversations/" + chat + "/messages", bob).body().get("messages"))
          .extracting(m -> m.get("content").asText())
          .containsExactly("one from before", "two from before");
      JsonNode line = rest.get("/api/v1/conversations", bob).body().get("conversations").get(0);
      assertThat(line.get("last_ack_seq").asLong()).isEqualTo(1);
      assertThat(line.get("unread").asLong()).isEqualTo(1);
      assertThat(rest.get("/api/v1/sync?cursor=0", bob).body().get("messages"))
          .extracting(m -> m.get("inbox_seq").asLong())
          .containsExactly(1L, 2L);
      try (ChatClient socket = ChatClient.connect(upgraded.port(), alice, "phone")) {
        JsonNode again = socket.send(chat, "h1", "one from before");
        assertThat(again.get("duplicate").asBoolean()).isTrue();
        assertThat(again.get("seq").asLong()).isEqualTo(1);
        assertThat(socket.send(chat, "h3", "after").get("seq").asLong()).isEqualTo(3);
      }
      assertThat(rest.get("/api/v1/sync?cursor=2", bob).body().get("messages"))
          .extracting(m -> m.get("inbox_seq").asLong())
          .containsExactly(3L);
    }
  }

  @Test
  void a_device_over_its_rate_gets_429_with_nothing_stored_and_may_send_again_later()
      throws Exception {
    try (LynxServer node =
        TestNode.start(data, Map.of("lynx.rate.refill", "1", "lynx.rate.burst", "3"))) {
      // One token a second: the burst is spent long before the next token, however slow the box.
      RestClient rest = new RestClient(node.port());
      String dan = rest.registerAndLogin("dan_rs");
      rest.registerAndLogin("eve_rs");
      String chat = "dm:dan_rs:eve_rs";
      try (ChatClient phone = ChatClient.connect(node.port(), dan, "phone")) {
        for (int i = 0; i < 3; i++) {
          assertThat(phone.send(chat, "r" + i, "burst").get("code").asInt()).isZero();
        }
        JsonNode limited = phone.send(chat, "r3", "one too many");
        assertThat(limited.get("code").asInt()).isEqualTo(429);
        assertThat(limited.get("msg_id").asText()).isEqualTo("r3");
        var overRest =
            rest.post(
                "/api/v1/conversations/" + chat + "/messages",
                dan,
                "{\"msg_id\":\"x\",\"content\":\"y\"}");
        assertThat(overRest.status()).isEqualTo(200); // REST sends have their own allowance
        Thread.sleep(1_200);
        JsonNode later = phone.send(chat, "r3", "one too many");
        assertThat(later.get("code").asInt()).isZero();
        assertThat(later.get("duplicate").asBoolean()).isFalse();
        assertThat(later.get("seq").asLong()).isEqualTo(5);
      }
    }
  }

  @Test
  void a_silent_connection_is_closed_after_the_heartbeat_timeout() throws Exception {
    try (LynxServer node = TestNode.start(data, Map.of("lynx.heartbeat.timeout", "PT1S"))) {
      String carol = new RestClient(node.port()).registerAndLogin("carol_rs");
      try (ChatClient quiet = ChatClient.connect(node.port(), carol, "phone");
          ChatClient chatty = ChatClient.connect(node.port(), carol, "laptop")) {
        for (int i = 0; i < 8; i++) {
          Thread.sleep(300);
          assertThat(chatty.heartbeat().get("code").asInt()).isZero();
        }
        assertThat(quiet.closeCode.get(5, TimeUnit.SECONDS)).isEqualTo(4002);
        assertThat(chatty.closeCode).isNotDone();
      }
    }
  }
}
