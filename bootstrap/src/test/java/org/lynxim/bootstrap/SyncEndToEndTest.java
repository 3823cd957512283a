package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-cursor sync of PROTOCOL.md 1.1 through a real node: small conversations reach the inbox,
 * large groups stay on their timeline, and a cursor the inbox no longer covers resets.
 */
class SyncEndToEndTest {
  /** Groups of up to 3 members go to the inbox here, so that a group of 5 is a large one. */
  private static final int INBOX_MAX_MEMBERS = 3;

  private static final int KEEP_ENTRIES = 250;

  @TempDir static Path data;
  static LynxServer node;
  static RestClient rest;

  @BeforeAll
  static void startNode() {
    node =
        TestNode.start(
            data,
            Map.of(
                "lynx.inbox.members", String.valueOf(INBOX_MAX_MEMBERS),
                "lynx.inbox.keep.time", "PT0S",
                "lynx.inbox.keep.entries", String.valueOf(KEEP_ENTRIES),
                "lynx.inbox.trim.every", "PT0.2S",
                "lynx.rate.refill", "100000",
                "lynx.rate.burst", "100000"));
    rest = new RestClient(node.port());
  }

  @AfterAll
  static void stopNode() {
    node.close();
  }

  private record Sent(String conversation, String token, String msgId) {}

  private static String createGroup(String ownerToken, String... members) {
    String body = "{\"name\":\"g\",\"members\":[\"" + String.join("\",\"", members) + "\"]}";
    RestClient.Answer created = rest.post("/api/v1/groups", ownerToken, body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return "grp:" + created.body().get("group_id").asText();
  }

  private static long send(String conversation, String token, String msgId) {
    RestClient.Answer answer =
        rest.post(
            "/api/v1/conversations/" + conversation + "/messages",
            token,
            "{\"msg_id\":\"" + msgId + "\",\"content\":\"text of " + msgId + "\"}");
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    return answer.body().get("seq").asLong();
  }

  private static ObjectNode sync(ChatClient client, long cursor, int limit) {
    ObjectNode frame = ChatClient.JSON.createObjectNode();
    frame.put("cmd", 10).put("cursor", cursor).put("limit", limit);
    return client.request(frame);
  }

  @Test
  void a_user_back_on_a_new_device_gets_every_new_message_of_its_small_conversations_in_order()
      throws Exception {
    String user = rest.registerAndLogin("sy_user");
    Map<String, String> peers = new HashMap<>();
    for (int i = 0; i < 20; i++) {
      peers.put("sy_p" + i, rest.registerAndLogin("sy_p" + i));
    }
    List<String> smallConversations = new ArrayList<>();
    Map<String, String> speakerOf = new HashMap<>();
    for (int i = 0; i < 20; i++) {
      smallConversations.add("dm:sy_p" + i + ":sy_user");
      speakerOf.put("dm:sy_p" + i + ":sy_user", "sy_p" + i);
    }
    for (int g = 0; g < 3; g++) {
      String group = createGroup(user, "sy_p" + (2 * g), "sy_p" + (2 * g + 1));
      smallConversations.add(group);
      speakerOf.put(group, "sy_p" + (2 * g));
    }
    String largeGroup = createGroup(peers.get("sy_p10"), "sy_user", "sy_p11", "sy_p12", "sy_p13");

    // 200 messages across the 23 small conversations, from 8 senders at once, while the user is
    // offline; and 10 in the large group.
    List<Sent> plan = new ArrayList<>();
    for (int n = 0; n < 200; n++) {
      String conversation = smallConversations.get(n % smallConversations.size());
      plan.add(new Sent(conversation, peers.get(speakerOf.get(conversation)), "s" + n));
    }
    Set<String> expected = ConcurrentHashMap.newKeySet();
    try (ExecutorService senders = Executors.newFixedThreadPool(8)) {
      List<Future<?>> sends = new ArrayList<>();
      for (Sent sent : plan) {
        sends.add(
            senders.submit(
                () ->
                    expected.add(
                        sent.conversation()
                            + "#"
                            + send(sent.conversation(), sent.token(), sent.msgId()))));
      }
      for (Future<?> done : sends) {
        done.get();
      }
    }
    for (int n = 0; n < 10; n++) {
      send(largeGroup, peers.get("sy_p10"), "big" + n);
    }

    List<JsonNode> synced = new ArrayList<>();
    int calls = 0;
    try (ChatClient tablet = ChatClient.connect(node.port(), user, "new-tablet")) {
      long cursor = 0;
      boolean more = true;
      while (more) {
        ObjectNode page = sync(tablet, cursor, 80);
        calls++;
        assertThat(page.get("code").asInt()).as(page.toString()).isZero();
        assertThat(page.get("reset").asBoolean()).isFalse();
        page.get("payload").forEach(synced::add);
        cursor = page.get("next_cursor").asLong();
        more = page.get("has_more").asBoolean();
      }
      assertThat(cursor).isEqualTo(200);

      // Online now: pushes of small conversations carry the next inbox_seq, large ones none.
      send(smallConversations.getFirst(), peers.get("sy_p0"), "live-1");
      JsonNode push = tablet.nextPush().get("payload");
      assertThat(push.get("inbox_seq").asLong()).isEqualTo(201);
      send(largeGroup, peers.get("sy_p10"), "big-live");
      JsonNode largePush = tablet.nextPush().get("payload");
      assertThat(largePush.get("msg_id").asText()).isEqualTo("big-live");
      assertThat(largePush.has("inbox_seq")).isFalse();
    }

    assertThat(calls).isEqualTo(3);
    assertThat(synced)
        .extracting(m -> m.get("inbox_seq").asLong())
        .isSorted()
        .doesNotHaveDuplicates();
    assertThat(synced)
        .extracting(m -> m.get("inbox_seq").asLong())
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 200).boxed().toList());
    Set<String> got = new HashSet<>();
    synced.forEach(m -> got.add(m.get("conversation_id").asText() + "#" + m.get("seq").asLong()));
    assertThat(got).isEqualTo(expected);
    assertThat(synced).noneMatch(m -> m.get("conversation_id").asText().equals(largeGroup));
    // Within one conversation the inbox order is the seq order.
    Map<String, Long> lastSeq = new HashMap<>();
    for (JsonNode m : synced) {
      long seq = m.get("seq").asLong();
      Long before = lastSeq.put(m.get("conversation_id").asText(), seq);
      assertThat(before == null || before < seq).isTrue();
    }

    // The large group is caught up by pulling, as the list says.
    JsonNode list = rest.get("/api/v1/conversations", user).body().get("conversations");
    Map<String, String> diffusion = new HashMap<>();
    list.forEach(
        c -> diffusion.put(c.get("conversation_id").asText(), c.get("diffusion").asText()));
    assertThat(diffusion).containsEntry(largeGroup, "timeline");
    smallConversations.forEach(c -> assertThat(diffusion).containsEntry(c, "inbox"));
    assertThat(rest.pullAll(largeGroup, user)).hasSize(11);

    // REST answers the same, with the list named messages.
    JsonNode viaRest = rest.get("/api/v1/sync?cursor=199&limit=5", user).body();
    assertThat(viaRest.get("messages"))
        .extracting(m -> m.get("inbox_seq").asLong())
        .containsExactly(200L, 201L);
    assertThat(viaRest.get("next_cursor").asLong()).isEqualTo(201);
    assertThat(viaRest.get("has_more").asBoolean()).isFalse();
    assertThat(viaRest.get("reset").asBoolean()).isFalse();
  }

  @Test
  void a_cursor_older_than_what_the_inbox_keeps_resets_to_the_head() {
    String reader = rest.registerAndLogin("sy_reader");
    String writer = rest.registerAndLogin("sy_writer");
    String chat = "dm:sy_reader:sy_writer";
    for (int n = 1; n <= 300; n++) {
      send(chat, writer, "old" + n);
    }

    // The trim keeps the newest 250 (the test's retention time is 0). It runs now and then, also
    // while the 300 are being sent: wait for the one after the last send, which drops 1 to 50.
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> rest.get("/api/v1/sync?cursor=10", reader).body().get("reset").asBoolean());
    assertThat(rest.get("/api/v1/sync?cursor=0", reader).body().get("reset").asBoolean()).isTrue();
    JsonNode reset = rest.get("/api/v1/sync?cursor=10", reader).body();
    assertThat(reset.get("messages")).isEmpty();
    assertThat(reset.get("next_cursor").asLong()).isEqualTo(300);
    assertThat(reset.get("has_more").asBoolean()).isFalse();

    JsonNode kept = rest.get("/api/v1/sync?cursor=50&limit=3", reader).body();
    assertThat(kept.get("reset").asBoolean()).isFalse();
    assertThat(kept.get("messages"))
        .extracting(m -> m.get("inbox_seq").asLong())
        .containsExactly(51L, 52L, 53L);
    assertThat(rest.get("/api/v1/sync?cursor=301", reader).body().get("reset").asBoolean())
        .isTrue();
  }

  @Test
  void a_bad_cursor_or_limit_is_a_400_and_the_connection_goes_on() {
    String token = rest.registerAndLogin("sy_bad");
    try (ChatClient phone = ChatClient.connect(node.port(), token, "phone")) {
      assertThat(sync(phone, -1, 10).get("code").asInt()).isEqualTo(400);
      assertThat(sync(phone, 0, 501).get("code").asInt()).isEqualTo(400);
      assertThat(sync(phone, 0, 0).get("code").asInt()).isEqualTo(400);
      ObjectNode fine = sync(phone, 0, 500);
      assertThat(fine.get("code").asInt()).isZero();
      assertThat(fine.get("payload")).isEmpty();
      assertThat(fine.get("next_cursor").asLong()).isZero();
    }
    assertThat(rest.get("/api/v1/sync?cursor=-5", token).status()).isEqualTo(400);
    assertThat(rest.get("/api/v1/sync?limit=abc", token).status()).isEqualTo(400);
    assertThat(rest.get("/api/v1/sync", null).status()).isEqualTo(401);
  }
}
