package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conversation list in pages: limit, the opaque next_cursor, null after the last page. */
class ConversationListEndToEndTest extends OneNodeTest {

  @Test
  void the_list_comes_in_pages_that_follow_one_another_to_the_end() {
    String ann = rest.registerAndLogin("ann_pages");
    List<String> peers = List.of("p1_pages", "p2_pages", "p3_pages");
    for (String peer : peers) {
      rest.registerAndLogin(peer);
      String chat = "dm:ann_pages:" + peer;
      assertThat(
              rest.post(
                      "/api/v1/conversations/" + chat + "/messages",
                      ann,
                      "{\"msg_id\":\"hi\",\"content\":\"hi " + peer + "\"}")
                  .status())
          .isEqualTo(200);
    }

    List<String> seen = new ArrayList<>();
    String path = "/api/v1/conversations?limit=2";
    JsonNode first = rest.get(path, ann).body();
    first.get("conversations").forEach(c -> seen.add(c.get("conversation_id").asText()));
    String cursor = first.get("next_cursor").asText();
    JsonNode second = rest.get(path + "&cursor=" + cursor, ann).body();
    second.get("conversations").forEach(c -> seen.add(c.get("conversation_id").asText()));

    assertThat(first.get("conversations")).hasSize(2);
    assertThat(second.get("conversations")).hasSize(1);
    assertThat(second.get("next_cursor").isNull()).isTrue();
    assertThat(seen)
        .containsExactlyInAnyOrder(
            "dm:ann_pages:p1_pages", "dm:ann_pages:p2_pages", "dm:ann_pages:p3_pages");
    JsonNode whole = rest.get("/api/v1/conversations", ann).body();
    assertThat(whole.get("conversations")).hasSize(3);
    assertThat(whole.get("next_cursor").isNull()).isTrue();
  }

  @Test
  void a_bad_limit_or_cursor_is_a_400() {
    String ann = rest.registerAndLogin("ann_badpages");

    assertThat(rest.get("/api/v1/conversations?limit=0", ann).status()).isEqualTo(400);
    assertThat(rest.get("/api/v1/conversations?limit=1001", ann).status()).isEqualTo(400);
    assertThat(rest.get("/api/v1/conversations?cursor=not-ours", ann).status()).isEqualTo(400);
  }
}
