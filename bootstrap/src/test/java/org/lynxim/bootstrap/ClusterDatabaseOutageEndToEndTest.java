package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster's database going away under its only node: sends answer 503 instead of hanging, the
 * sends already queued stay in RabbitMQ, and when the database is back the node recovers by itself
 * and every retried msg_id is stored exactly once.
 */
class ClusterDatabaseOutageEndToEndTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String RABBIT_PREFIX = "lynx-test." + RUN + ".";

  @TempDir Path data;

  @Test
  void sends_answer_503_while_mariadb_is_away_and_are_stored_once_after() throws Exception {
    String name = ClusterFixture.newDatabase("lynx_outage_cluster");
    String chat = "dm:alice_do:bob_do";
    try (TcpProxy database = new TcpProxy(3306);
        LynxServer node =
            TestNode.start(
                data,
                Map.ofEntries(
                    Map.entry("lynx.profile", "cluster"),
                    Map.entry(
                        "lynx.db.url",
                        "jdbc:mariadb://127.0.0.1:"
                            + database.port()
                            + "/"
                            + name
                            + "?sslMode=disable"),
                    Map.entry("lynx.db.user", "root"),
                    Map.entry("lynx.db.password", ""),
                    Map.entry("lynx.db.timeout", "PT1S"),
                    Map.entry("lynx.cluster.partitions", "2"),
                    Map.entry("lynx.cluster.redis.prefix", "lynx-test:" + RUN + ":"),
                    Map.entry("lynx.cluster.rabbitmq.prefix", RABBIT_PREFIX)))) {
      RestClient rest = new RestClient(node.port());
      String alice = rest.registerAndLogin("alice_do");
      rest.registerAndLogin("bob_do");
      try (ChatClient phone = ChatClient.connect(node.port(), alice, "phone")) {
        assertThat(phone.send(chat, "before", "before").get("code").asInt()).isZero();
        database.cut();
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          codes.add(phone.send(chat, "away-" + i, "while away").get("code").asInt());
        }
        assertThat(codes).containsOnly(503);
        assertThat(rest.get("/observe/health", null).status()).isEqualTo(503);
        database.restore();
        for (int i = 0; i < 2; i++) {
          ObjectNode stored = null;
          for (int attempt = 0; attempt < 100; attempt++) {
            stored = phone.send(chat, "away-" + i, "while away");
            if (stored.get("code").asInt() == 0) {
              break;
            }
            Thread.sleep(250);
          }
          assertThat(stored.get("code").asInt()).isZero();
        }
      }
      List<String> ids =
          rest.pullAll(chat, alice).stream().map(m -> m.get("msg_id").asText()).toList();
      assertThat(ids).containsExactly("before", "away-0", "away-1");
    } finally {
      ClusterFixture.deleteRabbitNames(RABBIT_PREFIX, 2);
      ClusterFixture.deleteRedisKeys("lynx-test:" + RUN + ":");
      ClusterFixture.dropDatabase(name);
    }
  }
}
