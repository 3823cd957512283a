package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Message types 2-7: their contents are checked and stored byte for byte. */
class MessageTypesEndToEndTest extends OneNodeTest {

  private static int send(String token, String chat, String msgId, int type, String content) {
    String body =
        "{\"msg_id\":\""
            + msgId
            + "\",\"msg_type\":"
            + type
            + ",\"content\":"
            + com.fasterxml.jackson.databind.node.TextNode.valueOf(content)
            + "}";
    return rest.post("/api/v1/conversations/" + chat + "/messages", token, body).status();
  }

  @Test
  void checked_contents_go_through_byte_for_byte_and_bad_ones_are_refused() {
    String gil = rest.registerAndLogin("gil_types");
    rest.registerAndLogin("hal_types");
    String chat = "dm:gil_types:hal_types";
    String card = "{\"user_id\":\"hal_types\",\"nickname\":\"Hal\",\"extra\":[1,2]}";
    String place = "{\"latitude\":48.85,\"longitude\":2.35,\"name\":\"Paris\"}";
    String image = "{\"url\":\"https://example.com/cat.png\",\"width\":640,\"height\":480}";

    assertThat(send(gil, chat, "t1", 6, card)).isEqualTo(200);
    assertThat(send(gil, chat, "t2", 7, place)).isEqualTo(200);
    assertThat(send(gil, chat, "t3", 2, image)).isEqualTo(200);
    assertThat(
            send(gil, chat, "t4", 3, "{\"url\":\"http://e.com/a.pdf\",\"size\":0,\"name\":null}"))
        .isEqualTo(200);

    assertThat(send(gil, chat, "b1", 6, "{\"user_id\":\"nobody_types\"}")).isEqualTo(404);
    assertThat(send(gil, chat, "b2", 6, "{\"nickname\":\"x\"}")).isEqualTo(400);
    assertThat(send(gil, chat, "b3", 7, "{\"latitude\":91,\"longitude\":0}")).isEqualTo(400);
    assertThat(send(gil, chat, "b4", 7, "{\"latitude\":\"48\",\"longitude\":2}")).isEqualTo(400);
    assertThat(send(gil, chat, "b5", 2, "{\"width\":10}")).isEqualTo(400);
    assertThat(send(gil, chat, "b6", 2, "{\"url\":\"javascript:alert(1)\"}")).isEqualTo(400);
    assertThat(send(gil, chat, "b7", 4, "{\"url\":\"https://e.com/v\",\"duration_ms\":1.5}"))
        .isEqualTo(400);
    assertThat(send(gil, chat, "b8", 5, "not json")).isEqualTo(400);
    assertThat(send(gil, chat, "b9", 5, "[1]")).isEqualTo(400);
    assertThat(send(gil, chat, "t5", 1, "plain text stays any string")).isEqualTo(200);

    List<String> stored =
        rest.pullAll(chat, gil).stream().map(m -> m.get("content").asText()).toList();
    assertThat(stored).hasSize(5);
    assertThat(stored.get(0)).isEqualTo(card);
    assertThat(stored.get(1)).isEqualTo(place);
    assertThat(stored.get(2)).isEqualTo(image);
  }
}
