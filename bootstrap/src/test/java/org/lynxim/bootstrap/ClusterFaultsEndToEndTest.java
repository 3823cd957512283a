package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster node while its dependencies fail under it: every acknowledged message is stored exactly
 * once, and a conversation's seqs stay unique and in commit order.
 */
class ClusterFaultsEndToEndTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String RABBIT_PREFIX = "lynx-test." + RUN + ".";

  @TempDir static Path data;
  static PrivateRedis redis;
  static TcpProxy rabbitmq;
  static String database;
  static LynxServer node;
  static RestClient rest;
  static String alice;

  @BeforeAll
  static void start() throws Exception {
    database = ClusterFixture.newDatabase("lynx_faults");
    // This test wipes Redis and cuts the broker: a Redis of its own, the broker behind a proxy.
    redis = PrivateRedis.start(data.resolve("redis"));
    rabbitmq = new TcpProxy(5672);
    node = TestNode.start(data, cluster("main", 3306));
    rest = new RestClient(node.port());
    alice = rest.registerAndLogin("alice_ft");
    rest.registerAndLogin("bob_ft");
  }

  /** A cluster node's settings, its database reached at the given port. */
  private static Map<String, String> cluster(String name, int databasePort) {
    return Map.ofEntries(
        Map.entry("lynx.profile", "cluster"),
        Map.entry(
            "lynx.db.url",
            "jdbc:mariadb://127.0.0.1:" + databasePort + "/" + database + "?sslMode=disable"),
        Map.entry("lynx.db.user", "root"),
        Map.entry("lynx.db.password", ""),
        Map.entry("lynx.db.timeout", "PT1S"),
        Map.entry("lynx.jwt.secret", "a-cluster-wide-secret-of-32-bytes-or-more"),
        Map.entry("lynx.rate.burst", "100000"),
        Map.entry("lynx.cluster.node", name),
        Map.entry("lynx.cluster.partitions", "2"),
        Map.entry("lynx.cluster.redis.address", redis.address()),
        Map.entry("lynx.cluster.redis.prefix", "lynx-test:" + RUN + ":"),
        Map.entry("lynx.cluster.rabbitmq.uri", "amqp://guest:guest@127.0.0.1:" + rabbitmq.port()),
        Map.entry("lynx.cluster.rabbitmq.prefix", RABBIT_PREFIX));
  }

  @AfterAll
  static void stop() throws Exception {
    node.close();
    ClusterFixture.deleteRabbitNames(RABBIT_PREFIX, 2);
    rabbitmq.close();
    redis.close();
    ClusterFixture.dropDatabase(database);
  }

  @Test
  void redis_losing_everything_mid_stream_never_reuses_a_seq() throws Exception {
    String chat = "dm:alice_ft:bob_ft";
    List<Long> seqs = new ArrayList<>();
    try (ChatClient phone = ChatClient.connect(node.port(), alice, "phone")) {
      for (int i = 0; i < 60; i++) {
        if (i == 30) {
          redis.command("FLUSHALL");
        }
        seqs.add(sendUntilStored(phone, chat, "r" + i).get("seq").asLong());
      }
    }
    assertThat(seqs).isSorted().doesNotHaveDuplicates();
    assertStoredExactlyOnce(chat, 60, "r");
  }

  @Test
  void the_broker_connection_cut_during_sends_loses_and_doubles_nothing() throws Exception {
    String chat = "dm:alice_ft:bob_ft";
    long before = rest.pullAll(chat, alice).size();
    try (ChatClient phone = ChatClient.connect(node.port(), alice, "laptop")) {
      for (int i = 0; i < 40; i++) {
        if (i == 20) {
          // Every connection of this node to the broker drops at once; new ones get through.
          rabbitmq.cut();
          rabbitmq.restore();
        }
        sendUntilStored(phone, chat, "q" + i);
      }
    }
    List<JsonNode> all = rest.pullAll(chat, alice);
    assertThat(all).hasSize((int) before + 40);
    assertStoredExactlyOnce(chat, 40, "q");
  }

  /** Sends, and on 503 sends again with the same msg_id, as a client does. */
  private static ObjectNode sendUntilStored(ChatClient client, String chat, String msgId)
      throws InterruptedException {
    for (int attempt = 0; attempt < 100; attempt++) {
      ObjectNode answer = client.send(chat, msgId, "content " + msgId);
      int code = answer.get("code").asInt();
      if (code == 0) {
        return answer;
      }
      assertThat(code).as(answer.toString()).isEqualTo(503);
      Thread.sleep(200);
    }
    throw new AssertionError(msgId + " was never stored");
  }

  private static void assertStoredExactlyOnce(String chat, int count, String prefix) {
    List<JsonNode> stored = rest.pullAll(chat, alice);
    List<String> ids =
        stored.stream()
            .map(m -> m.get("msg_id").asText())
            .filter(id -> id.startsWith(prefix))
            .toList();
    assertThat(ids).hasSize(count).doesNotHaveDuplicates();
    List<Long> seqs = stored.stream().map(m -> m.get("seq").asLong()).toList();
    assertThat(seqs).isSorted().doesNotHaveDuplicates();
  }
}
