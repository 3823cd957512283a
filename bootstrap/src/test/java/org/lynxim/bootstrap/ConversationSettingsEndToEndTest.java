package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Conversation settings, delete for me, mark all read and the unread summary, on the wire. */
class ConversationSettingsEndToEndTest extends OneNodeTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  private static List<String> listed(String token) {
    List<String> ids = new ArrayList<>();
    rest.get("/api/v1/conversations", token)
        .body()
        .get("conversations")
        .forEach(line -> ids.add(line.get("conversation_id").asText()));
    return ids;
  }

  private static JsonNode line(String token, String conversation) {
    for (JsonNode line : rest.get("/api/v1/conversations", token).body().get("conversations")) {
      if (line.get("conversation_id").asText().equals(conversation)) {
        return line;
      }
    }
    throw new AssertionError(conversation + " is not listed");
  }

  @Test
  void pinned_first_muted_and_drafts_show_in_the_list_and_every_device_hears_of_them()
      throws Exception {
    String ann = rest.registerAndLogin("ann_convset");
    String bob = rest.registerAndLogin("bob_convset");
    rest.registerAndLogin("cid_convset");
    String withBob = "dm:ann_convset:bob_convset";
    String withCid = "dm:ann_convset:cid_convset";
    try (ChatClient annPhone = ChatClient.connect(node.port(), ann, "phone");
        ChatClient annLaptop = ChatClient.connect(node.port(), ann, "laptop");
        ChatClient bobPhone = ChatClient.connect(node.port(), bob, "phone")) {
      bobPhone.send(withBob, "b1", "first");
      Thread.sleep(5);
      String group =
          rest.post("/api/v1/groups", bob, "{\"name\":\"later\",\"members\":[\"ann_convset\"]}")
              .body()
              .get("conversation_id")
              .asText();
      bobPhone.send(group, "g1", "newest");

      RestClient.Answer pinned =
          rest.call(
              "PATCH",
              "/api/v1/conversations/" + withBob + "/settings",
              ann,
              "{\"pinned\":true,\"muted\":true}");
      RestClient.Answer drafted =
          rest.call(
              "PATCH",
              "/api/v1/conversations/" + withCid + "/settings",
              ann,
              "{\"draft\":\"to write \u00e9\"}");

      assertThat(pinned.status()).isEqualTo(200);
      assertThat(pinned.body().get("conversation_id").asText()).isEqualTo(withBob);
      assertThat(pinned.body().get("pinned").asBoolean()).isTrue();
      assertThat(pinned.body().get("muted").asBoolean()).isTrue();
      assertThat(pinned.body().get("draft").isNull()).isTrue();
      assertThat(drafted.body().get("draft").asText()).isEqualTo("to write \u00e9");
      for (ChatClient device : new ChatClient[] {annPhone, annLaptop}) {
        JsonNode notice = device.nextFrame(7, WAIT);
        assertThat(notice.get("type").asText()).isEqualTo("conversation_settings");
        assertThat(notice.get("conversation_id").asText()).isEqualTo(withBob);
        assertThat(notice.get("pinned").asBoolean()).isTrue();
      }
      assertThat(listed(ann)).containsExactly(withBob, withCid, group);
      JsonNode bobLine = line(ann, withBob);
      assertThat(bobLine.get("pinned").asBoolean()).isTrue();
      assertThat(bobLine.get("muted").asBoolean()).isTrue();
      JsonNode cidLine = line(ann, withCid);
      assertThat(cidLine.get("draft").asText()).isEqualTo("to write \u00e9");
      assertThat(cidLine.get("last_message").isNull()).isTrue();
      assertThat(cidLine.get("last_seq").asLong()).isZero();
      assertThat(line(ann, group).get("pinned").asBoolean()).isFalse();

      JsonNode firstPage = rest.get("/api/v1/conversations?limit=1", ann).body();
      JsonNode nextPage =
          rest.get(
                  "/api/v1/conversations?limit=5&cursor=" + firstPage.get("next_cursor").asText(),
                  ann)
              .body();
      assertThat(firstPage.at("/conversations/0/conversation_id").asText()).isEqualTo(withBob);
      assertThat(nextPage.get("conversations")).hasSize(2);

      JsonNode unread = rest.get("/api/v1/unread", ann).body();
      assertThat(unread.get("total_unread").asLong()).as("the muted chat is left out").isEqualTo(1);
      assertThat(unread.get("conversations").asInt()).isEqualTo(1);
    }
  }

  @Test
  void delete_for_me_and_mark_all_read() throws Exception {
    String dee = rest.registerAndLogin("dee_convset");
    String eli = rest.registerAndLogin("eli_convset");
    String chat = "dm:dee_convset:eli_convset";
    try (ChatClient deePhone = ChatClient.connect(node.port(), dee, "phone");
        ChatClient deeLaptop = ChatClient.connect(node.port(), dee, "laptop");
        ChatClient eliPhone = ChatClient.connect(node.port(), eli, "phone")) {
      eliPhone.send(chat, "e1", "one");
      eliPhone.send(chat, "e2", "two");

      RestClient.Answer cleared = rest.call("DELETE", "/api/v1/conversations/" + chat, dee, null);

      assertThat(cleared.status()).isEqualTo(200);
      assertThat(cleared.body().get("conversation_id").asText()).isEqualTo(chat);
      assertThat(cleared.body().get("cleared_seq").asLong()).isEqualTo(2);
      JsonNode notice = deeLaptop.nextFrame(7, WAIT);
      assertThat(notice.get("type").asText()).isEqualTo("conversation_cleared");
      assertThat(notice.get("cleared_seq").asLong()).isEqualTo(2);
      assertThat(listed(dee)).isEmpty();
      assertThat(rest.pullAll(chat, dee)).isEmpty();
      assertThat(rest.pullAll(chat, eli)).as("the other user sees no change").hasSize(2);

      eliPhone.send(chat, "e3", "three");
      eliPhone.send(chat, "e4", "four");
      assertThat(listed(dee)).containsExactly(chat);
      assertThat(line(dee, chat).get("unread").asLong()).isEqualTo(2);

      JsonNode readAll = rest.post("/api/v1/conversations/read-all", dee, null).body();

      assertThat(readAll.at("/conversations/0/conversation_id").asText()).isEqualTo(chat);
      assertThat(readAll.at("/conversations/0/last_ack_seq").asLong()).isEqualTo(4);
      assertThat(deeLaptop.nextFrame(6, WAIT).get("last_ack_seq").asLong()).isEqualTo(4);
      assertThat(eliPhone.nextFrame(22, WAIT).get("last_ack_seq").asLong()).isEqualTo(4);
      assertThat(rest.post("/api/v1/conversations/read-all", dee, null).body().get("conversations"))
          .isEmpty();
      assertThat(rest.get("/api/v1/unread", dee).body().get("total_unread").asLong()).isZero();
    }
  }

  @Test
  void bad_settings_get_their_code_and_change_nothing() {
    String fay = rest.registerAndLogin("fay_convset");
    rest.registerAndLogin("gus_convset");
    rest.registerAndLogin("hal_convset");
    String chat = "/api/v1/conversations/dm:fay_convset:gus_convset/settings";

    assertThat(rest.call("PATCH", chat, fay, "{\"draft\":\"" + "x".repeat(4097) + "\"}").status())
        .isEqualTo(400);
    assertThat(rest.call("PATCH", chat, fay, "{\"pinned\":\"yes\"}").status()).isEqualTo(400);
    assertThat(rest.call("PATCH", chat, fay, "[]").status()).isEqualTo(400);
    assertThat(
            rest.call(
                    "PATCH",
                    "/api/v1/conversations/dm:gus_convset:hal_convset/settings",
                    fay,
                    "{\"pinned\":true}")
                .status())
        .isEqualTo(403);
    assertThat(
            rest.call(
                    "PATCH", "/api/v1/conversations/grp:nothing/settings", fay, "{\"muted\":true}")
                .status())
        .isEqualTo(404);
    assertThat(
            rest.call("DELETE", "/api/v1/conversations/dm:gus_convset:hal_convset", fay, null)
                .status())
        .isEqualTo(403);
    assertThat(listed(fay)).isEmpty();
  }
}
