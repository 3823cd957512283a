package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recall (cmd 12) and edit (cmd 16), over WebSocket and REST, as every reader sees them. */
class RecallAndEditEndToEndTest extends OneNodeTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  private static ObjectNode frame(int cmd, String conversation, long seq) {
    return JsonNodeFactory.instance
        .objectNode()
        .put("cmd", cmd)
        .put("conversation_id", conversation)
        .put("seq", seq);
  }

  @Test
  void a_recall_and_an_edit_over_the_websocket_reach_the_peer_and_every_later_read()
      throws Exception {
    String amy = rest.registerAndLogin("amy_recall");
    String ben = rest.registerAndLogin("ben_recall");
    String chat = "dm:amy_recall:ben_recall";
    try (ChatClient amyPhone = ChatClient.connect(node.port(), amy, "phone");
        ChatClient benPhone = ChatClient.connect(node.port(), ben, "phone")) {
      amyPhone.send(chat, "a1", "a typo: teh");
      amyPhone.send(chat, "a2", "wrong chat!");
      benPhone.nextFrame(5, WAIT);
      benPhone.nextFrame(5, WAIT);

      ObjectNode edited = amyPhone.request(frame(16, chat, 1).put("content", "a typo: the"));
      ObjectNode recalled = amyPhone.request(frame(12, chat, 2));

      assertThat(edited.get("code").asInt()).isZero();
      assertThat(edited.at("/payload/content").asText()).isEqualTo("a typo: the");
      assertThat(edited.at("/payload/edited_at").asLong()).isPositive();
      assertThat(recalled.get("code").asInt()).isZero();
      assertThat(recalled.get("recalled").asBoolean()).isTrue();
      assertThat(recalled.get("seq").asLong()).isEqualTo(2);
      assertThat(benPhone.nextFrame(5, WAIT).at("/payload/content").asText())
          .isEqualTo("{\"event\":\"message_updated\",\"target_seq\":1}");
      assertThat(benPhone.nextFrame(5, WAIT).at("/payload/content").asText())
          .isEqualTo("{\"event\":\"message_recalled\",\"target_seq\":2}");
      List<JsonNode> history = rest.pullAll(chat, ben);
      assertThat(history.get(0).get("content").asText()).isEqualTo("a typo: the");
      assertThat(history.get(0).has("edited_at")).isTrue();
      assertThat(history.get(0).has("recalled")).isFalse();
      assertThat(history.get(1).get("content").asText()).isEmpty();
      assertThat(history.get(1).get("recalled").asBoolean()).isTrue();
      JsonNode synced = rest.get("/api/v1/sync?cursor=0&limit=50", ben).body().get("messages");
      assertThat(synced.get(1).get("recalled").asBoolean()).isTrue();
      JsonNode line = rest.get("/api/v1/conversations", ben).body().at("/conversations/0");
      assertThat(line.get("unread").asLong()).as("system messages are not unread").isEqualTo(2);
    }
  }

  @Test
  void the_checks_come_in_the_order_of_the_page_over_rest() {
    String cal = rest.registerAndLogin("cal_recall");
    String dan = rest.registerAndLogin("dan_recall");
    String chat = "dm:cal_recall:dan_recall";
    String messages = "/api/v1/conversations/" + chat + "/messages";
    rest.post(messages, cal, "{\"msg_id\":\"c1\",\"content\":\"hi\"}");
    rest.post(
        messages,
        cal,
        "{\"msg_id\":\"c2\",\"content\":\"{\\\"url\\\":\\\"https://e.com/a.png\\\"}\",\"msg_type\":2}");

    assertThat(rest.post(messages + "/9/recall", cal, null).status()).isEqualTo(404);
    assertThat(rest.post(messages + "/0/recall", cal, null).status()).isEqualTo(400);
    assertThat(rest.post(messages + "/x/recall", cal, null).status()).isEqualTo(400);
    RestClient.Answer notYours = rest.post(messages + "/1/recall", dan, null);
    assertThat(notYours.status()).isEqualTo(403);
    assertThat(notYours.body().get("reason").asText()).isEqualTo("not_allowed");
    assertThat(rest.call("PATCH", messages + "/1", dan, "{\"content\":\"x\"}").status())
        .isEqualTo(403);
    assertThat(rest.call("PATCH", messages + "/2", cal, "{\"content\":\"x\"}").status())
        .as("not text")
        .isEqualTo(400);
    assertThat(rest.call("PATCH", messages + "/1", cal, "{\"content\":\"\"}").status())
        .isEqualTo(400);
    RestClient.Answer recalled = rest.post(messages + "/1/recall", cal, null);
    assertThat(recalled.body().get("recalled").asBoolean()).isTrue();
    assertThat(rest.post(messages + "/3/recall", cal, null).status())
        .as("a system message")
        .isEqualTo(400);
    RestClient.Answer late = rest.call("PATCH", messages + "/1", cal, "{\"content\":\"x\"}");
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.body().get("reason").asText()).isEqualTo("recalled");
    assertThat(rest.post(messages + "/1/recall", cal, null).status())
        .as("recalling again answers the same")
        .isEqualTo(200);
    assertThat(rest.pullAll(chat, dan)).hasSize(3);
  }

  @Test
  void a_reply_carries_the_seq_it_answers_over_both_and_a_bad_one_is_a_400() throws Exception {
    String eva = rest.registerAndLogin("eva_reply");
    String fox = rest.registerAndLogin("fox_reply");
    String chat = "dm:eva_reply:fox_reply";
    String messages = "/api/v1/conversations/" + chat + "/messages";
    rest.post(messages, eva, "{\"msg_id\":\"e1\",\"content\":\"lunch?\"}");
    try (ChatClient foxPhone = ChatClient.connect(node.port(), fox, "phone")) {
      ObjectNode send =
          JsonNodeFactory.instance
              .objectNode()
              .put("cmd", 2)
              .put("msg_id", "f1")
              .put("conversation_id", chat);
      send.putObject("payload").put("content", "yes!").put("reply_to", 1);
      ObjectNode answer = foxPhone.request(send);
      assertThat(answer.get("code").asInt()).isZero();

      ObjectNode bad = send.deepCopy().put("msg_id", "f2");
      ((ObjectNode) bad.get("payload")).put("reply_to", 99);
      assertThat(foxPhone.request(bad).get("code").asInt()).isEqualTo(400);
    }
    RestClient.Answer overRest =
        rest.post(messages, eva, "{\"msg_id\":\"e2\",\"content\":\"great\",\"reply_to\":2}");
    assertThat(overRest.status()).isEqualTo(200);
    assertThat(
            rest.post(messages, eva, "{\"msg_id\":\"e3\",\"content\":\"x\",\"reply_to\":0}")
                .status())
        .isEqualTo(400);
    assertThat(
            rest.post(messages, eva, "{\"msg_id\":\"e4\",\"content\":\"x\",\"reply_to\":\"2\"}")
                .status())
        .isEqualTo(400);

    List<JsonNode> history = rest.pullAll(chat, fox);
    assertThat(history).hasSize(3);
    assertThat(history.get(0).has("reply_to")).isFalse();
    assertThat(history.get(1).get("reply_to").asLong()).isEqualTo(1);
    assertThat(history.get(2).get("reply_to").asLong()).isEqualTo(2);
  }
}
