package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storm control with real clients, on a node that controls groups past two members. */
class StormControlEndToEndTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @TempDir static Path data;
  static LynxServer node;
  static RestClient rest;

  @BeforeAll
  static void startNode() {
    node = TestNode.start(data, Map.of("lynx.storm.members", "2"));
    rest = new RestClient(node.port());
  }

  @AfterAll
  static void stopNode() {
    node.close();
  }

  static ObjectNode focus(String conversation) {
    ObjectNode frame = JsonNodeFactory.instance.objectNode().put("cmd", 19);
    return conversation == null
        ? frame.putNull("conversation_id")
        : frame.put("conversation_id", conversation);
  }

  @Test
  void focused_devices_get_messages_the_others_one_notice_a_second_and_member_changes_nothing()
      throws Exception {
    String amy = rest.registerAndLogin("amy_storm");
    String ben = rest.registerAndLogin("ben_storm");
    rest.registerAndLogin("cy_storm");
    rest.registerAndLogin("dan_storm");
    String group =
        rest.post(
                "/api/v1/groups",
                amy,
                "{\"name\":\"crowd\",\"members\":[\"ben_storm\",\"cy_storm\"]}")
            .body()
            .get("conversation_id")
            .asText();
    try (ChatClient amyPhone = ChatClient.connect(node.port(), amy, "phone");
        ChatClient benPhone = ChatClient.connect(node.port(), ben, "phone");
        ChatClient benLaptop = ChatClient.connect(node.port(), ben, "laptop")) {
      assertThat(benPhone.request(focus(group)).get("code").asInt()).isZero();
      assertThat(benLaptop.request(focus("grp:nosuchgroup")).get("code").asInt()).isEqualTo(404);
      assertThat(benLaptop.request(focus(null)).get("code").asInt()).isZero();

      for (int i = 1; i <= 3; i++) {
        amyPhone.send(group, "s" + i, "hello crowd " + i);
      }

      for (int i = 1; i <= 3; i++) {
        assertThat(benPhone.nextFrame(5, WAIT).at("/payload/content").asText())
            .isEqualTo("hello crowd " + i);
      }
      JsonNode first = benLaptop.nextFrame(8, WAIT);
      assertThat(first.get("conversation_id").asText()).isEqualTo(group);
      long firstSeq = first.get("last_seq").asLong();
      if (firstSeq < 3) {
        // The rest come together, a second after the first.
        long started = System.nanoTime();
        JsonNode later = benLaptop.nextFrame(8, WAIT);
        assertThat(later.get("last_seq").asLong()).isEqualTo(3);
        assertThat(Duration.ofNanos(System.nanoTime() - started))
            .isGreaterThan(Duration.ofMillis(400));
      }
      assertThat(benLaptop.hasPushWithin(Duration.ofMillis(1500)))
          .as("no cmd 5 and no further notice")
          .isFalse();

      // A stream's chunks go to focused devices only.
      long stream = amyPhone.request(StreamsEndToEndTest.open(group, "st1")).get("seq").asLong();
      benPhone.nextFrame(5, WAIT);
      amyPhone.request(StreamsEndToEndTest.chunk(group, stream, 1, "for the focused"));
      assertThat(benPhone.nextFrame(24, WAIT).get("delta").asText()).isEqualTo("for the focused");
      assertThat(benLaptop.nextFrame(8, Duration.ofSeconds(3)).get("last_seq").asLong())
          .isEqualTo(stream);
      assertThat(benLaptop.hasPushWithin(Duration.ofMillis(1500))).as("no chunk").isFalse();
      amyPhone.request(StreamsEndToEndTest.end(group, stream));
      benPhone.nextFrame(5, WAIT);
      benLaptop.nextFrame(8, Duration.ofSeconds(3));

      rest.post(
          "/api/v1/groups/" + group.substring(4) + "/members",
          amy,
          "{\"user_ids\":[\"dan_storm\"]}");
      assertThat(benPhone.hasPushWithin(Duration.ofMillis(1500)))
          .as("a member change reaches no device")
          .isFalse();
      assertThat(benLaptop.hasPushWithin(Duration.ofMillis(200))).isFalse();
      assertThat(rest.pullAll(group, ben).getLast().get("content").asText())
          .contains("member_added");
    }
  }
}
