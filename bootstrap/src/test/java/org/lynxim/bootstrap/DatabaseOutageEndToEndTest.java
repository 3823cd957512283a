package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node on MariaDB whose database goes away: sends answer 503 (not a hang, not a lost message),
 * health says so, and the node recovers by itself when the database is back.
 */
class DatabaseOutageEndToEndTest {
  @TempDir Path data;

  @Test
  void sends_answer_503_while_the_database_is_away_and_succeed_again_after() throws Exception {
    String database = ClusterFixture.newDatabase("lynx_outage");
    try (TcpProxy proxy = new TcpProxy(3306);
        LynxServer node =
            TestNode.start(
                data,
                Map.of(
                    "lynx.db.url",
                        "jdbc:mariadb://127.0.0.1:"
                            + proxy.port()
                            + "/"
                            + database
                            + "?sslMode=disable",
                    "lynx.db.user", "root",
                    "lynx.db.password", "",
                    "lynx.db.timeout", "PT1S"))) {
      RestClient rest = new RestClient(node.port());
      String alice = rest.registerAndLogin("alice_out");
      rest.registerAndLogin("bob_out");
      String chat = "dm:alice_out:bob_out";
      Set<String> acked = new HashSet<>();
      List<Integer> codesWhileAway = new ArrayList<>();
      try (ChatClient phone = ChatClient.connect(node.port(), alice, "phone")) {
        assertThat(phone.send(chat, "before", "before").get("code").asInt()).isZero();
        acked.add("before");

        proxy.cut();
        for (int i = 0; i < 3; i++) {
          long started = System.nanoTime();
          JsonNode answer = phone.send(chat, "away-" + i, "while away");
          codesWhileAway.add(answer.get("code").asInt());
          assertThat(Duration.ofNanos(System.nanoTime() - started))
              .isLessThan(Duration.ofSeconds(8));
        }
        assertThat(rest.get("/observe/health", null).status()).isEqualTo(503);
        assertThat(phone.heartbeat().get("code").asInt()).isZero();

        proxy.restore();
        JsonNode retried = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
          retried = phone.send(chat, "away-0", "while away");
          if (retried.get("code").asInt() == 0) {
            break;
          }
          Thread.sleep(250);
        }
        assertThat(retried.get("code").asInt()).isZero();
        acked.add("away-0");
        assertThat(phone.send(chat, "after", "after").get("code").asInt()).isZero();
        acked.add("after");
      }

      assertThat(codesWhileAway).containsOnly(503);
      assertThat(rest.get("/observe/health", null).status()).isEqualTo(200);
      JsonNode stored = rest.get("/api/v1/conversations/" + chat + "/messages", alice).body();
      List<String> ids = new ArrayList<>();
      stored.get("messages").forEach(m -> ids.add(m.get("msg_id").asText()));
      assertThat(ids).doesNotHaveDuplicates().containsAll(acked);
      List<Long> seqs = new ArrayList<>();
      stored.get("messages").forEach(m -> seqs.add(m.get("seq").asLong()));
      assertThat(seqs).isSorted().doesNotHaveDuplicates();
    } finally {
      ClusterFixture.dropDatabase(database);
    }
  }
}
