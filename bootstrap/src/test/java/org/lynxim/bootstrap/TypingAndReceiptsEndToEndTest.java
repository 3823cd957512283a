package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Typing (cmd 11, 21), read receipts (cmd 22), peer_last_ack_seq and group reads on the wire. */
class TypingAndReceiptsEndToEndTest extends OneNodeTest {
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final Duration QUIET = Duration.ofMillis(300);

  private static boolean gets(ChatClient device, int cmd) {
    try {
      device.nextFrame(cmd, QUIET);
      return true;
    } catch (AssertionError none) {
      return false;
    }
  }

  @Test
  void typing_reaches_every_device_of_the_peer_and_is_cut_at_one_a_second() throws Exception {
    String amy = rest.registerAndLogin("amy_typing");
    String bo = rest.registerAndLogin("bo_typing");
    String chat = "dm:amy_typing:bo_typing";
    try (ChatClient amyPhone = ChatClient.connect(node.port(), amy, "phone");
        ChatClient amyLaptop = ChatClient.connect(node.port(), amy, "laptop");
        ChatClient boPhone = ChatClient.connect(node.port(), bo, "phone");
        ChatClient boLaptop = ChatClient.connect(node.port(), bo, "laptop")) {
      // An answered frame means the server has the connection listed: nothing typed is missed.
      for (ChatClient device : new ChatClient[] {amyLaptop, boPhone, boLaptop}) {
        assertThat(device.heartbeat().get("code").asInt()).isZero();
      }

      ObjectNode answer = amyPhone.typing(chat, true);
      for (int i = 0; i < 20; i++) {
        assertThat(amyPhone.typing(chat, true).get("code").asInt()).isZero();
      }

      assertThat(answer.get("code").asInt()).isZero();
      assertThat(answer.get("cmd").asInt()).isEqualTo(11);
      for (ChatClient device : new ChatClient[] {boPhone, boLaptop}) {
        JsonNode typing = device.nextFrame(21, WAIT);
        assertThat(typing.get("conversation_id").asText()).isEqualTo(chat);
        assertThat(typing.get("user_id").asText()).isEqualTo("amy_typing");
        assertThat(typing.get("typing").asBoolean()).isTrue();
        assertThat(gets(device, 21)).as("the flood beyond one a second is dropped").isFalse();
      }
      assertThat(gets(amyLaptop, 21)).as("the typist's own devices get nothing").isFalse();
      Thread.sleep(1100);
      amyPhone.typing(chat, false);
      assertThat(boPhone.nextFrame(21, WAIT).get("typing").asBoolean()).isFalse();
    }
  }

  @Test
  void typing_errors_are_those_of_a_pull_and_blocked_peers_hear_nothing() throws Exception {
    String cy = rest.registerAndLogin("cy_typing");
    String di = rest.registerAndLogin("di_typing");
    rest.registerAndLogin("ed_typing");
    try (ChatClient cyPhone = ChatClient.connect(node.port(), cy, "phone");
        ChatClient diPhone = ChatClient.connect(node.port(), di, "phone")) {
      assertThat(cyPhone.typing("dm:di_typing:ed_typing", true).get("code").asInt()).isEqualTo(403);
      assertThat(cyPhone.typing("dm:cy_typing:zz_nobody", true).get("code").asInt()).isEqualTo(404);
      assertThat(cyPhone.typing("not-a-conversation", true).get("code").asInt()).isEqualTo(400);
      ObjectNode noFlag =
          cyPhone.request(
              com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                  .objectNode()
                  .put("cmd", 11)
                  .put("conversation_id", "dm:cy_typing:di_typing"));
      assertThat(noFlag.get("code").asInt()).isEqualTo(400);

      rest.call("PUT", "/api/v1/blocks/cy_typing", di, null);
      assertThat(cyPhone.typing("dm:cy_typing:di_typing", true).get("code").asInt()).isZero();
      assertThat(gets(diPhone, 21)).isFalse();
    }
  }

  @Test
  void an_ack_tells_the_peer_and_the_list_shows_how_far_the_peer_read() throws Exception {
    String fe = rest.registerAndLogin("fe_receipt");
    String gi = rest.registerAndLogin("gi_receipt");
    String chat = "dm:fe_receipt:gi_receipt";
    try (ChatClient fePhone = ChatClient.connect(node.port(), fe, "phone");
        ChatClient giPhone = ChatClient.connect(node.port(), gi, "phone")) {
      fePhone.send(chat, "f1", "one");
      fePhone.send(chat, "f2", "two");

      giPhone.ack(chat, 2);

      JsonNode receipt = fePhone.nextFrame(22, WAIT);
      assertThat(receipt.get("conversation_id").asText()).isEqualTo(chat);
      assertThat(receipt.get("user_id").asText()).isEqualTo("gi_receipt");
      assertThat(receipt.get("last_ack_seq").asLong()).isEqualTo(2);
      assertThat(gets(giPhone, 22)).as("the reader gets no receipt of its own").isFalse();
      JsonNode line = rest.get("/api/v1/conversations", fe).body().at("/conversations/0");
      assertThat(line.get("peer_last_ack_seq").asLong()).isEqualTo(2);

      rest.call("PATCH", "/api/v1/users/me/settings", gi, "{\"read_receipts\":false}");
      fePhone.send(chat, "f3", "three");
      giPhone.ack(chat, 3);

      assertThat(gets(fePhone, 22)).as("read receipts off: no cmd 22").isFalse();
      JsonNode hidden = rest.get("/api/v1/conversations", fe).body().at("/conversations/0");
      assertThat(hidden.has("peer_last_ack_seq")).isTrue();
      assertThat(hidden.get("peer_last_ack_seq").isNull()).isTrue();
      JsonNode own = rest.get("/api/v1/conversations", gi).body().at("/conversations/0");
      assertThat(own.get("last_ack_seq").asLong()).as("its own position still moves").isEqualTo(3);
      assertThat(own.get("peer_last_ack_seq").asLong())
          .as("a user with receipts off still sees the peer's")
          .isEqualTo(3);
    }
  }

  @Test
  void group_reads_list_the_members_and_groups_have_no_peer_position() {
    String ha = rest.registerAndLogin("ha_reads");
    String io = rest.registerAndLogin("io_reads");
    String group =
        rest.post("/api/v1/groups", ha, "{\"name\":\"reads\",\"members\":[\"io_reads\"]}")
            .body()
            .get("conversation_id")
            .asText();
    rest.post(
        "/api/v1/conversations/" + group + "/messages",
        ha,
        "{\"msg_id\":\"h1\",\"content\":\"hi\"}");
    rest.post("/api/v1/conversations/" + group + "/ack", io, "{\"seq\":1}");

    JsonNode reads = rest.get("/api/v1/conversations/" + group + "/reads", io).body().get("reads");

    assertThat(reads).hasSize(2);
    assertThat(reads.get(0).get("user_id").asText()).isEqualTo("ha_reads");
    assertThat(reads.get(0).get("last_ack_seq").asLong()).isEqualTo(1);
    assertThat(reads.get(1).get("user_id").asText()).isEqualTo("io_reads");
    assertThat(reads.get(1).get("last_ack_seq").asLong()).isEqualTo(1);
    assertThat(
            rest.get("/api/v1/conversations", io)
                .body()
                .at("/conversations/0")
                .has("peer_last_ack_seq"))
        .isFalse();
    String stranger = rest.registerAndLogin("ju_reads");
    assertThat(rest.get("/api/v1/conversations/" + group + "/reads", stranger).status())
        .isEqualTo(403);
    assertThat(rest.get("/api/v1/conversations/dm:ha_reads:io_reads/reads", ha).status())
        .isEqualTo(400);
    assertThat(rest.get("/api/v1/conversations/grp:nonexistent/reads", ha).status()).isEqualTo(404);
  }
}
