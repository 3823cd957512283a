package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes sharing a database (MariaDB or PostgreSQL: one subclass each), Redis and RabbitMQ: a
 * user on one node chats with a user on the other, directly and in a group, with pushes, pulls,
 * acks and ack sync across the nodes.
 */
abstract class ClusterEndToEndTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String RABBIT_PREFIX = "lynx-test." + RUN + ".";
  private static final int PARTITIONS = 4;
  private static final String REDIS_PREFIX = "lynx-test:" + RUN + ":";
  static String database;
  static ClusterFixture.Database server;

  @TempDir static Path dataA;
  @TempDir static Path dataB;
  static LynxServer nodeA;
  static LynxServer nodeB;

  /** Called by each subclass's @BeforeAll: the same tests on MariaDB and on PostgreSQL. */
  static void startTwoNodes(ClusterFixture.Database on) throws Exception {
    server = on;
    database = ClusterFixture.newDatabase("lynx_cluster", on);
    nodeA = TestNode.start(dataA, cluster("a"));
    nodeB = TestNode.start(dataB, cluster("b"));
  }

  private static Map<String, String> cluster(String node) {
    Map<String, String> settings = new java.util.HashMap<>(common(node));
    settings.put("lynx.stream.idle.timeout", "PT2S");
    // Groups of three get storm control (the other tests' groups have two members).
    settings.put("lynx.storm.members", "2");
    return settings;
  }

  private static Map<String, String> common(String node) {
    return Map.of(
        "lynx.profile",
        "cluster",
        "lynx.db.url",
        server.url(database),
        "lynx.db.user",
        server.user,
        "lynx.db.password",
        "",
        "lynx.jwt.secret",
        "a-cluster-wide-secret-of-32-bytes-or-more",
        "lynx.cluster.node",
        node,
        "lynx.cluster.partitions",
        String.valueOf(PARTITIONS),
        "lynx.cluster.redis.prefix",
        REDIS_PREFIX,
        "lynx.cluster.rabbitmq.prefix",
        RABBIT_PREFIX,
        "lynx.presence.grace",
        "PT1S");
  }

  @AfterAll
  static void stop() throws Exception {
    nodeA.close();
    nodeB.close();
    ClusterFixture.deleteRabbitNames(RABBIT_PREFIX, PARTITIONS);
    ClusterFixture.deleteRedisKeys(REDIS_PREFIX);
    ClusterFixture.dropDatabase(database, server);
  }

  @Test
  void users_on_two_nodes_chat_directly_with_pushes_pulls_and_ack_sync() {
    RestClient onA = new RestClient(nodeA.port());
    RestClient onB = new RestClient(nodeB.port());
    String alice = onA.registerAndLogin("alice_cl");
    String bob = onB.registerAndLogin("bob_cl");
    String chat = "dm:alice_cl:bob_cl";
    try (ChatClient aliceOnA = ChatClient.connect(nodeA.port(), alice, "phone");
        ChatClient bobOnB = ChatClient.connect(nodeB.port(), bob, "phone");
        ChatClient bobOnA = ChatClient.connect(nodeA.port(), bob, "laptop")) {
      ObjectNode first = aliceOnA.send(chat, "c1", "hello from A");
      assertThat(first.get("code").asInt()).isZero();
      assertThat(first.get("seq").asLong()).isEqualTo(1);
      assertThat(bobOnB.nextPush().get("payload").get("content").asText())
          .isEqualTo("hello from A");
      assertThat(bobOnA.nextPush().get("payload").get("msg_id").asText()).isEqualTo("c1");
      assertThat(bobOnB.ack(chat, 1).get("last_ack_seq").asLong()).isEqualTo(1);
      ObjectNode sync = bobOnA.nextPush();
      assertThat(sync.get("cmd").asInt()).isEqualTo(6);
      assertThat(sync.get("last_ack_seq").asLong()).isEqualTo(1);

      ObjectNode reply = bobOnB.send(chat, "c2", "hello from B");
      assertThat(reply.get("seq").asLong()).isEqualTo(2);
      // 1.2: bob's ack also sent alice a read receipt (cmd 22) before this push.
      assertThat(
              aliceOnA.nextFrame(5, Duration.ofSeconds(5)).get("payload").get("content").asText())
          .isEqualTo("hello from B");
      assertThat(bobOnA.nextPush().get("payload").get("msg_id").asText()).isEqualTo("c2");

      ObjectNode answering =
          bobOnB.request(
              com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                  .objectNode()
                  .put("cmd", 2)
                  .put("msg_id", "c3")
                  .put("conversation_id", chat)
                  .set(
                      "payload",
                      com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                          .objectNode()
                          .put("content", "a reply across nodes")
                          .put("reply_to", 1)));
      assertThat(answering.get("seq").asLong()).isEqualTo(3);
      assertThat(aliceOnA.nextFrame(5, Duration.ofSeconds(5)).at("/payload/reply_to").asLong())
          .isEqualTo(1);

      ObjectNode again = bobOnB.send(chat, "c2", "hello from B");
      assertThat(again.get("duplicate").asBoolean()).isTrue();
      assertThat(again.get("seq").asLong()).isEqualTo(2);

      ObjectNode page = bobOnB.pull(chat, 0, 50);
      assertThat(page.get("payload")).hasSize(3);
      assertThat(aliceOnA.ack(chat, 3).get("last_ack_seq").asLong()).isEqualTo(3);
    }
    var list = onA.get("/api/v1/conversations", bob).body().get("conversations").get(0);
    assertThat(list.get("unread").asLong()).isZero();
    assertThat(list.get("last_seq").asLong()).isEqualTo(3);
  }

  @Test
  void notices_blocks_and_devices_span_both_nodes() {
    RestClient onA = new RestClient(nodeA.port());
    RestClient onB = new RestClient(nodeB.port());
    String nia = onA.registerAndLogin("nia_cl");
    String oto = onB.registerAndLogin("oto_cl");
    String chat = "dm:nia_cl:oto_cl";
    try (ChatClient niaOnA = ChatClient.connect(nodeA.port(), nia, "phone");
        ChatClient niaOnB = ChatClient.connect(nodeB.port(), nia, "laptop");
        ChatClient otoOnB = ChatClient.connect(nodeB.port(), oto, "phone")) {
      assertThat(niaOnB.heartbeat().get("code").asInt()).isZero();

      onA.call("PATCH", "/api/v1/users/me/settings", nia, "{\"read_receipts\":false}");
      onB.call("PUT", "/api/v1/blocks/oto_cl", nia, null);

      // Each device gets both notices, one from its own node and one through the other node.
      for (ChatClient device : new ChatClient[] {niaOnA, niaOnB}) {
        assertThat(
                java.util.List.of(
                    device.nextFrame(7, Duration.ofSeconds(5)).get("type").asText(),
                    device.nextFrame(7, Duration.ofSeconds(5)).get("type").asText()))
            .containsExactlyInAnyOrder("settings_changed", "block_changed");
      }
      ObjectNode refused = otoOnB.send(chat, "o1", "hi");
      assertThat(refused.get("reason").asText()).isEqualTo("blocked_by_peer");
      JsonNode devices = onA.get("/api/v1/devices", nia).body().get("devices");
      assertThat(devices).hasSize(2);
      devices.forEach(device -> assertThat(device.get("online").asBoolean()).isTrue());
    }
  }

  @Test
  void friend_requests_and_their_answers_reach_the_other_node() {
    RestClient onA = new RestClient(nodeA.port());
    RestClient onB = new RestClient(nodeB.port());
    String pia = onA.registerAndLogin("pia_cl");
    String rex = onB.registerAndLogin("rex_cl");
    try (ChatClient piaOnA = ChatClient.connect(nodeA.port(), pia, "phone");
        ChatClient rexOnB = ChatClient.connect(nodeB.port(), rex, "phone")) {
      assertThat(rexOnB.heartbeat().get("code").asInt()).isZero();

      String id =
          onA.post("/api/v1/friends/requests", pia, "{\"user_id\":\"rex_cl\"}")
              .body()
              .get("request_id")
              .asText();
      JsonNode received = rexOnB.nextFrame(7, Duration.ofSeconds(5));
      onB.post("/api/v1/friends/requests/" + id + "/accept", rex, null);

      assertThat(received.get("type").asText()).isEqualTo("friend_request");
      assertThat(received.at("/request/request_id").asText()).isEqualTo(id);
      JsonNode answered = piaOnA.nextFrame(7, Duration.ofSeconds(5));
      assertThat(answered.get("type").asText()).isEqualTo("friend_request_answered");
      assertThat(answered.at("/request/status").asText()).isEqualTo("accepted");
      assertThat(piaOnA.nextFrame(7, Duration.ofSeconds(5)).get("type").asText())
          .isEqualTo("friend_added");
      assertThat(onA.get("/api/v1/friends", pia).body().at("/friends/0/user_id").asText())
          .isEqualTo("rex_cl");
    }
  }

  @Test
  void a_stream_started_on_one_node_is_watched_pulled_and_ended_on_the_other() {
    RestClient onA = new RestClient(nodeA.port());
    RestClient onB = new RestClient(nodeB.port());
    String bot = onA.registerAndLogin("bot_cl");
    String zoe = onB.registerAndLogin("zoe_cl");
    String chat = "dm:bot_cl:zoe_cl";
    try (ChatClient botOnA = ChatClient.connect(nodeA.port(), bot, "phone");
        ChatClient zoeOnB = ChatClient.connect(nodeB.port(), zoe, "phone")) {
      assertThat(zoeOnB.heartbeat().get("code").asInt()).isZero();
      long seq = botOnA.request(StreamsEndToEndTest.open(chat, "st1")).get("seq").asLong();
      assertThat(zoeOnB.nextFrame(5, Duration.ofSeconds(5)).at("/payload/streaming").asBoolean())
          .isTrue();

      botOnA.request(StreamsEndToEndTest.chunk(chat, seq, 1, "across "));
      botOnA.request(StreamsEndToEndTest.chunk(chat, seq, 2, "nodes"));
      JsonNode first = zoeOnB.nextFrame(24, Duration.ofSeconds(5));
      JsonNode second = zoeOnB.nextFrame(24, Duration.ofSeconds(5));
      JsonNode midway = onB.pullAll(chat, zoe).getFirst();

      assertThat(first.get("delta").asText() + second.get("delta").asText())
          .isEqualTo("across nodes");
      assertThat(midway.get("content").asText())
          .as("node B reads the buffer node A writes")
          .isEqualTo("across nodes");
      assertThat(midway.get("streaming").asBoolean()).isTrue();
      // Idle: one of the two nodes ends it, once.
      JsonNode told = zoeOnB.nextFrame(5, Duration.ofSeconds(10));
      assertThat(told.at("/payload/content").asText()).contains("message_updated");
      assertThat(zoeOnB.hasPushWithin(Duration.ofSeconds(2))).as("ended once").isFalse();
      JsonNode ended = onB.pullAll(chat, zoe).getFirst();
      assertThat(ended.get("content").asText()).isEqualTo("across nodes");
      assertThat(ended.has("streaming")).isFalse();
    }
  }

  @Test
  void a_call_across_the_nodes_connects_the_first_accept_and_leaves_one_log() throws Exception {
    RestClient onA = new RestClient(nodeA.port());
    RestClient onB = new RestClient(nodeB.port());
    String kim = onA.registerAndLogin("kim_cl");
    String lou = onB.registerAndLogin("lou_cl");
    String chat = "dm:kim_cl:lou_cl";
    Duration wait = Duration.ofSeconds(5);
    try (ChatClient kimOnA = ChatClient.connect(nodeA.port(), kim, "phone");
        ChatClient louOnB = ChatClient.connect(nodeB.port(), lou, "phone");
        ChatClient louOnA = ChatClient.connect(nodeA.port(), lou, "laptop")) {
      assertThat(louOnB.heartbeat().get("code").asInt()).isZero();
      String id = kimOnA.request(CallsEndToEndTest.invite(chat, "audio")).get("call_id").asText();
      assertThat(louOnB.nextFrame(25, wait).get("action").asText()).isEqualTo("invite");
      assertThat(louOnA.nextFrame(25, wait).get("action").asText()).isEqualTo("invite");

      ObjectNode onB1 = louOnB.request(CallsEndToEndTest.call("accept", id));
      ObjectNode onA1 = louOnA.request(CallsEndToEndTest.call("accept", id));
      assertThat(onB1.get("code").asInt()).isZero();
      assertThat(onA1.get("reason").asText()).isEqualTo("answered_elsewhere");
      assertThat(kimOnA.nextFrame(25, wait).get("from_device").asText()).isEqualTo("phone");
      assertThat(louOnA.nextFrame(25, wait).get("action").asText()).isEqualTo("answered_elsewhere");

      kimOnA.request(CallsEndToEndTest.call("offer", id).put("sdp", "v=0 across"));
      assertThat(louOnB.nextFrame(25, wait).get("sdp").asText()).isEqualTo("v=0 across");
      louOnB.request(CallsEndToEndTest.call("hangup", id));
      assertThat(kimOnA.nextFrame(25, wait).get("action").asText()).isEqualTo("hangup");
      assertThat(kimOnA.nextFrame(5, wait).at("/payload/msg_type").asInt()).isEqualTo(8);
      List<JsonNode> logs =
          onB.pullAll(chat, lou).stream().filter(m -> m.get("msg_type").asInt() == 8).toList();
      assertThat(logs).hasSize(1);
      assertThat(logs.getFirst().get("content").asText()).contains("\"result\":\"completed\"");
    }
  }

  @Test
  void storm_control_spans_the_nodes_focus_set_on_one_is_honoured_by_the_other() {
    RestClient onA = new RestClient(nodeA.port());
    RestClient onB = new RestClient(nodeB.port());
    String amy = onA.registerAndLogin("amy_cl");
    String ben = onB.registerAndLogin("ben_cl");
    String cy = onB.registerAndLogin("cy_cl");
    String group =
        onA.post("/api/v1/groups", amy, "{\"name\":\"storm\",\"members\":[\"ben_cl\",\"cy_cl\"]}")
            .body()
            .get("conversation_id")
            .asText();
    Duration wait = Duration.ofSeconds(5);
    try (ChatClient amyOnA = ChatClient.connect(nodeA.port(), amy, "phone");
        ChatClient benOnB = ChatClient.connect(nodeB.port(), ben, "phone");
        ChatClient benOnA = ChatClient.connect(nodeA.port(), ben, "laptop");
        ChatClient cyOnB = ChatClient.connect(nodeB.port(), cy, "phone")) {
      assertThat(benOnB.request(StormControlEndToEndTest.focus(group)).get("code").asInt())
          .isZero();
      assertThat(cyOnB.heartbeat().get("code").asInt()).isZero();

      amyOnA.send(group, "st1", "to the crowd");

      assertThat(benOnB.nextFrame(5, wait).at("/payload/content").asText())
          .isEqualTo("to the crowd");
      assertThat(benOnA.nextFrame(8, wait).get("last_seq").asLong()).isEqualTo(1);
      assertThat(cyOnB.nextFrame(8, wait).get("conversation_id").asText()).isEqualTo(group);
      assertThat(cyOnB.hasPushWithin(Duration.ofMillis(500))).as("no cmd 5").isFalse();
    }
  }

  @Test
  void typing_and_read_receipts_reach_the_other_node() {
    RestClient onA = new RestClient(nodeA.port());
    RestClient onB = new RestClient(nodeB.port());
    String sia = onA.registerAndLogin("sia_cl");
    String tom = onB.registerAndLogin("tom_cl");
    String chat = "dm:sia_cl:tom_cl";
    try (ChatClient siaOnA = ChatClient.connect(nodeA.port(), sia, "phone");
        ChatClient tomOnB = ChatClient.connect(nodeB.port(), tom, "phone")) {
      assertThat(tomOnB.heartbeat().get("code").asInt()).isZero();

      assertThat(siaOnA.typing(chat, true).get("code").asInt()).isZero();
      JsonNode typing = tomOnB.nextFrame(21, Duration.ofSeconds(5));
      siaOnA.send(chat, "s1", "hi tom");
      tomOnB.ack(chat, 1);
      JsonNode receipt = siaOnA.nextFrame(22, Duration.ofSeconds(5));

      assertThat(typing.get("user_id").asText()).isEqualTo("sia_cl");
      assertThat(receipt.get("user_id").asText()).isEqualTo("tom_cl");
      assertThat(receipt.get("last_ack_seq").asLong()).isEqualTo(1);
    }
  }

  @Test
  void presence_spans_both_nodes() {
    RestClient onA = new RestClient(nodeA.port());
    RestClient onB = new RestClient(nodeB.port());
    String uma = onA.registerAndLogin("uma_cl");
    String vic = onB.registerAndLogin("vic_cl");
    String id =
        onA.post("/api/v1/friends/requests", uma, "{\"user_id\":\"vic_cl\"}")
            .body()
            .get("request_id")
            .asText();
    onB.post("/api/v1/friends/requests/" + id + "/accept", vic, null);
    try (ChatClient vicOnB = ChatClient.connect(nodeB.port(), vic, "phone")) {
      assertThat(vicOnB.heartbeat().get("code").asInt()).isZero();

      ChatClient umaOnA = ChatClient.connect(nodeA.port(), uma, "phone");
      JsonNode online = vicOnB.nextFrame(23, Duration.ofSeconds(5));
      assertThat(
              onB.get("/api/v1/presence?user_ids=uma_cl", vic)
                  .body()
                  .at("/presence/0/online")
                  .asBoolean())
          .isTrue();
      umaOnA.close();
      JsonNode offline = vicOnB.nextFrame(23, Duration.ofSeconds(10));

      assertThat(online.get("user_id").asText()).isEqualTo("uma_cl");
      assertThat(online.get("online").asBoolean()).isTrue();
      assertThat(offline.get("online").asBoolean()).isFalse();
      assertThat(offline.get("last_seen").asLong()).isPositive();
      JsonNode asked = onB.get("/api/v1/presence?user_ids=uma_cl", vic).body().at("/presence/0");
      assertThat(asked.get("online").asBoolean()).isFalse();
      assertThat(asked.get("last_seen").asLong()).isEqualTo(offline.get("last_seen").asLong());
    }
  }

  @Test
  void a_group_spans_both_nodes() {
    RestClient onA = new RestClient(nodeA.port());
    String carol = onA.registerAndLogin("carol_cl");
    String dave = new RestClient(nodeB.port()).registerAndLogin("dave_cl");
    String group =
        onA.post("/api/v1/groups", carol, "{\"name\":\"both\",\"members\":[\"dave_cl\"]}")
            .body()
            .get("conversation_id")
            .asText();
    try (ChatClient carolOnA = ChatClient.connect(nodeA.port(), carol, "phone");
        ChatClient daveOnB = ChatClient.connect(nodeB.port(), dave, "phone")) {
      for (int i = 0; i < 20; i++) {
        assertThat(daveOnB.send(group, "g" + i, "from B " + i).get("seq").asLong())
            .isEqualTo(i + 1);
      }
      for (int i = 0; i < 20; i++) {
        assertThat(carolOnA.nextPush().get("payload").get("seq").asLong()).isEqualTo(i + 1);
      }
      assertThat(carolOnA.send(group, "h", "from A").get("seq").asLong()).isEqualTo(21);
      assertThat(daveOnB.nextPush().get("payload").get("content").asText()).isEqualTo("from A");
    }
    var health = new RestClient(nodeB.port()).get("/observe/health", null);
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.text()).contains("redis", "rabbitmq", "database");
  }

  @Test
  void a_device_connecting_on_one_node_replaces_its_connection_on_the_other() throws Exception {
    String gina = new RestClient(nodeA.port()).registerAndLogin("gina_cl");
    try (ChatClient onA = ChatClient.connect(nodeA.port(), gina, "phone");
        ChatClient onB = ChatClient.connect(nodeB.port(), gina, "phone")) {
      assertThat(onA.closeCode.get(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(4001);
      assertThat(onB.heartbeat().get("code").asInt()).isZero();
    }
  }

  @Test
  void redis_lists_which_node_each_online_device_is_on() throws Exception {
    String hugo = new RestClient(nodeA.port()).registerAndLogin("hugo_cl");
    try (ChatClient onA = ChatClient.connect(nodeA.port(), hugo, "phone");
        ChatClient onB = ChatClient.connect(nodeB.port(), hugo, "laptop")) {
      assertThat(onA.heartbeat().get("code").asInt()).isZero();
      assertThat(onB.heartbeat().get("code").asInt()).isZero();
      // Each node lists its device as the connection opens, which the heartbeat answers follow.
      org.awaitility.Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(5))
          .untilAsserted(
              () -> assertThat(presence("hugo_cl")).contains("phone", "a", "laptop", "b"));
    }
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(5))
        .until(() -> !presence("hugo_cl").contains("phone"));
  }

  /** The user's presence hash, read with a plain Redis command. */
  private static String presence(String user) throws Exception {
    try (var socket = new java.net.Socket("127.0.0.1", 6379)) {
      String key = REDIS_PREFIX + "presence:" + user;
      String command = "*2\r\n$7\r\nHGETALL\r\n$" + key.length() + "\r\n" + key + "\r\n";
      socket.getOutputStream().write(command.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.setSoTimeout(2000);
      byte[] buffer = new byte[4096];
      int read = socket.getInputStream().read(buffer);
      return new String(buffer, 0, Math.max(0, read), java.nio.charset.StandardCharsets.US_ASCII);
    }
  }

  @Test
  void a_removed_member_is_refused_on_the_other_node_at_once() {
    RestClient onA = new RestClient(nodeA.port());
    String erin = onA.registerAndLogin("erin_cl");
    String frank = new RestClient(nodeB.port()).registerAndLogin("frank_cl");
    var created =
        onA.post("/api/v1/groups", erin, "{\"name\":\"short\",\"members\":[\"frank_cl\"]}").body();
    String group = created.get("conversation_id").asText();
    try (ChatClient frankOnB = ChatClient.connect(nodeB.port(), frank, "phone")) {
      assertThat(frankOnB.send(group, "f1", "in").get("code").asInt()).isZero();
      onA.call(
          "DELETE",
          "/api/v1/groups/" + created.get("group_id").asText() + "/members/frank_cl",
          erin,
          null);
      assertThat(frankOnB.send(group, "f2", "out").get("code").asInt()).isEqualTo(403);
    }
  }

  @Test
  void a_user_syncs_on_one_node_what_was_sent_on_the_other_from_its_redis_inbox() {
    RestClient onA = new RestClient(nodeA.port());
    RestClient onB = new RestClient(nodeB.port());
    String alice = onA.registerAndLogin("alice_sy");
    String bob = onB.registerAndLogin("bob_sy");
    String chat = "dm:alice_sy:bob_sy";

    try (ChatClient bobPhone = ChatClient.connect(nodeB.port(), bob, "phone")) {
      for (int n = 1; n <= 5; n++) {
        RestClient.Answer sent =
            onA.post(
                "/api/v1/conversations/" + chat + "/messages",
                alice,
                "{\"msg_id\":\"sy" + n + "\",\"content\":\"hello " + n + "\"}");
        assertThat(sent.status()).as(sent.text()).isEqualTo(200);
      }
      long lastPushed = 0;
      for (int n = 1; n <= 5; n++) {
        lastPushed = bobPhone.nextPush().get("payload").get("inbox_seq").asLong();
      }

      ObjectNode frame = ChatClient.JSON.createObjectNode().put("cmd", 10).put("cursor", 0);
      ObjectNode page = bobPhone.request(frame);
      assertThat(page.get("reset").asBoolean()).isFalse();
      assertThat(page.get("payload")).hasSize(5);
      assertThat(page.get("payload"))
          .extracting(m -> m.get("content").asText())
          .containsExactly("hello 1", "hello 2", "hello 3", "hello 4", "hello 5");
      assertThat(page.get("next_cursor").asLong()).isEqualTo(lastPushed);
    }
    var fromA = onA.get("/api/v1/sync?cursor=0", alice).body();
    assertThat(fromA.get("messages")).hasSize(5);
  }

  @Test
  void a_file_uploaded_on_one_node_is_read_whole_in_part_and_as_a_thumbnail_on_the_other()
      throws Exception {
    RestClient onA = new RestClient(nodeA.port());
    RestClient onB = new RestClient(nodeB.port());
    String alice = onA.registerAndLogin("alice_fl");
    String bob = onB.registerAndLogin("bob_fl");
    byte[] png = FilesEndToEndTest.photo(1200, 300);
    byte[] large = new byte[700_000]; // three of the database's 256 KiB chunks
    new java.util.Random(5).nextBytes(large);

    String image =
        new FileClient(nodeA.port()).upload(alice, "file", "wide.png", "image/png", png).fileId();
    String blob =
        new FileClient(nodeA.port())
            .upload(alice, "file", "data.bin", "application/octet-stream", large)
            .fileId();
    for (String[] sent : new String[][] {{"fl1", "2", image}, {"fl2", "3", blob}}) {
      String content = "{\"file_id\":\"" + sent[2] + "\"}";
      assertThat(
              onA.post(
                      "/api/v1/conversations/dm:alice_fl:bob_fl/messages",
                      alice,
                      "{\"msg_id\":\""
                          + sent[0]
                          + "\",\"msg_type\":"
                          + sent[1]
                          + ",\"content\":"
                          + com.fasterxml.jackson.databind.node.TextNode.valueOf(content)
                          + "}")
                  .status())
          .isEqualTo(200);
    }

    FileClient filesOnB = new FileClient(nodeB.port());
    assertThat(filesOnB.get("/" + image, bob).body()).isEqualTo(png);
    assertThat(filesOnB.get("/" + blob, bob).body()).isEqualTo(large);
    assertThat(filesOnB.get("/" + blob, bob, Map.of("Range", "bytes=262140-262150")).body())
        .isEqualTo(java.util.Arrays.copyOfRange(large, 262_140, 262_151));
    FileClient.Downloaded thumbnail = filesOnB.get("/" + image + "/thumbnail", bob);
    assertThat(thumbnail.status()).isEqualTo(200);
    assertThat(
            javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumbnail.body()))
                .getWidth())
        .isEqualTo(320);
    assertThat(new FileClient(nodeA.port()).get("/" + image + "/thumbnail", alice).body())
        .isEqualTo(thumbnail.body());
    assertThat(onB.get("/api/v1/files/" + image + "/info", bob).status()).isEqualTo(200);
  }
}
