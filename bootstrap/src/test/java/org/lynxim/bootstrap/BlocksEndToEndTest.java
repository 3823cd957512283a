package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Blocks (PROTOCOL.md 1.2): nothing flows directly between the two; groups go on; undone. */
class BlocksEndToEndTest extends OneNodeTest {

  @Test
  void a_block_stops_direct_messages_both_ways_until_it_is_lifted() throws Exception {
    String kim = rest.registerAndLogin("kim_block");
    String lou = rest.registerAndLogin("lou_block");
    String chat = "dm:kim_block:lou_block";
    try (ChatClient kimPhone = ChatClient.connect(node.port(), kim, "phone");
        ChatClient kimLaptop = ChatClient.connect(node.port(), kim, "laptop");
        ChatClient louPhone = ChatClient.connect(node.port(), lou, "phone")) {
      assertThat(kimPhone.send(chat, "before", "hi lou").get("code").asInt()).isZero();
      String group =
          rest.post("/api/v1/groups", kim, "{\"name\":\"both\",\"members\":[\"lou_block\"]}")
              .body()
              .get("conversation_id")
              .asText();

      JsonNode blocked = rest.call("PUT", "/api/v1/blocks/lou_block", kim, null).body();
      JsonNode again = rest.call("PUT", "/api/v1/blocks/lou_block", kim, null).body();

      for (ChatClient device : new ChatClient[] {kimPhone, kimLaptop}) {
        JsonNode notice = device.nextFrame(7, Duration.ofSeconds(5));
        assertThat(notice.get("type").asText()).isEqualTo("block_changed");
        assertThat(notice.get("user_id").asText()).isEqualTo("lou_block");
        assertThat(notice.get("blocked").asBoolean()).isTrue();
      }
      assertThatThrownBy(() -> kimLaptop.nextFrame(7, Duration.ofMillis(300)))
          .as("blocking again tells no device")
          .isInstanceOf(AssertionError.class);
      assertThat(again.get("since").asLong()).isEqualTo(blocked.get("since").asLong());
      ObjectNode fromKim = kimPhone.send(chat, "k1", "still there?");
      ObjectNode fromLou = louPhone.send(chat, "l1", "hello?");
      assertThat(fromKim.get("code").asInt()).isEqualTo(403);
      assertThat(fromKim.get("reason").asText()).isEqualTo("you_blocked");
      assertThat(fromLou.get("code").asInt()).isEqualTo(403);
      assertThat(fromLou.get("reason").asText()).isEqualTo("blocked_by_peer");
      assertThat(kimPhone.send(chat, "before", "hi lou").get("duplicate").asBoolean())
          .as("a msg_id stored before the block answers its duplicate")
          .isTrue();
      assertThat(louPhone.send(group, "g1", "groups go on").get("code").asInt()).isZero();
      assertThat(rest.pullAll(chat, lou)).as("history stays pullable").hasSize(1);
      assertThat(
              rest.get("/api/v1/blocks", kim).body().get("blocks").get(0).get("user_id").asText())
          .isEqualTo("lou_block");

      assertThat(rest.call("DELETE", "/api/v1/blocks/lou_block", kim, null).status())
          .isEqualTo(204);
      assertThat(louPhone.send(chat, "l2", "hello again").get("code").asInt()).isZero();
      assertThat(rest.call("DELETE", "/api/v1/blocks/lou_block", kim, null).status())
          .isEqualTo(404);
    }
  }

  @Test
  void blocking_oneself_is_a_400_and_an_unknown_user_a_404() {
    String max = rest.registerAndLogin("max_block");

    assertThat(rest.call("PUT", "/api/v1/blocks/max_block", max, null).status()).isEqualTo(400);
    assertThat(rest.call("PUT", "/api/v1/blocks/nobody_block", max, null).status()).isEqualTo(404);
    assertThat(rest.get("/api/v1/blocks", max).body().get("blocks")).isEmpty();
  }
}
