package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streaming messages (cmd 13, 14, 15) with real WebSocket clients on the embedded node. */
class StreamsEndToEndTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @TempDir static Path data;
  static LynxServer node;
  static RestClient rest;

  @BeforeAll
  static void startNode() {
    node = TestNode.start(data, Map.of("lynx.stream.idle.timeout", "PT2S"));
    rest = new RestClient(node.port());
  }

  @AfterAll
  static void stopNode() {
    node.close();
  }

  static ObjectNode open(String chat, String msgId) {
    ObjectNode frame =
        JsonNodeFactory.instance
            .objectNode()
            .put("cmd", 13)
            .put("msg_id", msgId)
            .put("conversation_id", chat);
    frame.putObject("payload").put("content", "");
    return frame;
  }

  static ObjectNode chunk(String chat, long seq, long index, String delta) {
    return JsonNodeFactory.instance
        .objectNode()
        .put("cmd", 14)
        .put("conversation_id", chat)
        .put("seq", seq)
        .put("index", index)
        .put("delta", delta);
  }

  static ObjectNode end(String chat, long seq) {
    return JsonNodeFactory.instance
        .objectNode()
        .put("cmd", 15)
        .put("conversation_id", chat)
        .put("seq", seq);
  }

  @Test
  void a_stream_watched_by_two_devices_grows_in_pulls_and_ends_with_its_system_message()
      throws Exception {
    String bot = rest.registerAndLogin("bot_stream");
    String ann = rest.registerAndLogin("ann_stream");
    String chat = "dm:ann_stream:bot_stream";
    try (ChatClient botPhone = ChatClient.connect(node.port(), bot, "phone");
        ChatClient botLaptop = ChatClient.connect(node.port(), bot, "laptop");
        ChatClient annPhone = ChatClient.connect(node.port(), ann, "phone");
        ChatClient annLaptop = ChatClient.connect(node.port(), ann, "laptop")) {
      ObjectNode opened = botPhone.request(open(chat, "st1"));
      assertThat(opened.get("code").asInt()).isZero();
      assertThat(opened.get("duplicate").asBoolean()).isFalse();
      long seq = opened.get("seq").asLong();
      for (ChatClient watcher : List.of(annPhone, annLaptop, botLaptop)) {
        assertThat(watcher.nextFrame(5, WAIT).at("/payload/streaming").asBoolean()).isTrue();
      }

      ObjectNode first = botPhone.request(chunk(chat, seq, 1, "Once upon "));
      assertThat(first.get("code").asInt()).isZero();
      assertThat(first.get("index").asLong()).isEqualTo(1);
      assertThat(botPhone.request(chunk(chat, seq, 2, "a time")).get("code").asInt()).isZero();
      assertThat(botPhone.request(chunk(chat, seq, 2, "a time")).get("code").asInt())
          .as("a repeated index is answered as taken")
          .isZero();
      for (ChatClient watcher : List.of(annPhone, annLaptop, botLaptop)) {
        JsonNode one = watcher.nextFrame(24, WAIT);
        JsonNode two = watcher.nextFrame(24, WAIT);
        assertThat(one.get("delta").asText() + two.get("delta").asText())
            .isEqualTo("Once upon a time");
        assertThat(two.get("index").asLong()).isEqualTo(2);
        assertThat(two.get("seq").asLong()).isEqualTo(seq);
      }
      assertThat(botPhone.hasPushWithin(Duration.ofMillis(300)))
          .as("the sending device gets no chunk back")
          .isFalse();

      JsonNode midway = rest.pullAll(chat, ann).getFirst();
      assertThat(midway.get("content").asText()).isEqualTo("Once upon a time");
      assertThat(midway.get("streaming").asBoolean()).isTrue();

      ObjectNode ended = botPhone.request(end(chat, seq));
      assertThat(ended.get("code").asInt()).isZero();
      assertThat(ended.at("/payload/content").asText()).isEqualTo("Once upon a time");
      assertThat(ended.at("/payload/streaming").isMissingNode()).isTrue();
      assertThat(annPhone.nextFrame(5, WAIT).at("/payload/content").asText())
          .isEqualTo("{\"event\":\"message_updated\",\"target_seq\":" + seq + "}");
      JsonNode after = rest.pullAll(chat, ann).getFirst();
      assertThat(after.get("content").asText()).isEqualTo("Once upon a time");
      assertThat(after.has("streaming")).isFalse();

      ObjectNode late = botPhone.request(chunk(chat, seq, 3, "!"));
      assertThat(late.get("code").asInt()).isEqualTo(409);
      assertThat(late.get("reason").asText()).isEqualTo("ended");
      assertThat(botPhone.request(end(chat, seq)).get("reason").asText()).isEqualTo("ended");
    }
  }

  @Test
  void mistakes_get_the_codes_of_the_page_and_an_idle_stream_is_ended_by_the_server() {
    String bot = rest.registerAndLogin("bot_idle");
    String ann = rest.registerAndLogin("ann_idle");
    String chat = "dm:ann_idle:bot_idle";
    try (ChatClient botPhone = ChatClient.connect(node.port(), bot, "phone");
        ChatClient annPhone = ChatClient.connect(node.port(), ann, "phone")) {
      long seq = botPhone.request(open(chat, "st1")).get("seq").asLong();
      annPhone.send(chat, "a1", "plain text");

      ObjectNode gap = botPhone.request(chunk(chat, seq, 2, "x"));
      assertThat(gap.get("code").asInt()).isEqualTo(400);
      assertThat(gap.get("reason").asText()).isEqualTo("chunk_gap");
      ObjectNode notYours = annPhone.request(chunk(chat, seq, 1, "x"));
      assertThat(notYours.get("code").asInt()).isEqualTo(403);
      assertThat(annPhone.request(chunk(chat, seq + 1, 1, "x")).get("code").asInt())
          .as("not a stream")
          .isEqualTo(400);
      assertThat(botPhone.request(chunk(chat, 99, 1, "x")).get("code").asInt()).isEqualTo(404);
      ObjectNode edit = end(chat, seq).put("cmd", 16).put("content", "edited");
      assertThat(botPhone.request(edit).get("reason").asText()).isEqualTo("streaming");
      assertThat(botPhone.request(chunk(chat, seq, 1, "y".repeat(40_000))).get("code").asInt())
          .isZero();
      assertThat(botPhone.request(chunk(chat, seq, 2, "z".repeat(30_000))).get("code").asInt())
          .as("past the stream's 65536 bytes")
          .isEqualTo(413);

      // Nothing more for the idle time: the server ends it with what it has.
      JsonNode told = annPhone.nextFrame(5, Duration.ofSeconds(10));
      while (!told.at("/payload/content").asText().contains("message_updated")) {
        told = annPhone.nextFrame(5, Duration.ofSeconds(10));
      }
      JsonNode ended = rest.pullAll(chat, ann).getFirst();
      assertThat(ended.get("content").asText()).isEqualTo("y".repeat(40_000));
      assertThat(ended.has("streaming")).isFalse();
      assertThat(botPhone.request(chunk(chat, seq, 2, "late")).get("reason").asText())
          .isEqualTo("ended");
    }
  }
}
