package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster node killed with SIGKILL under load: its client reconnects to the other node and sends
 * again every msg_id it had no answer for. Nothing acknowledged is lost, nothing is stored twice,
 * and the conversation's seqs stay unique and in commit order.
 */
class ClusterKillEndToEndTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String RABBIT_PREFIX = "lynx-test." + RUN + ".";
  private static final int PARTITIONS = 2;
  private String database;

  @TempDir Path dataA;
  @TempDir Path dataB;

  private Map<String, String> cluster(String node) {
    Map<String, String> environment = new HashMap<>();
    environment.put("LYNX_PROFILE", "cluster");
    environment.put(
        "LYNX_DB_URL", "jdbc:mariadb://127.0.0.1:3306/" + database + "?sslMode=disable");
    environment.put("LYNX_DB_USER", "root");
    environment.put("LYNX_DB_PASSWORD", "");
    environment.put("LYNX_JWT_SECRET", "a-cluster-wide-secret-of-32-bytes-or-more");
    environment.put("LYNX_CLUSTER_NODE", node);
    environment.put("LYNX_CLUSTER_PARTITIONS", String.valueOf(PARTITIONS));
    environment.put("LYNX_CLUSTER_REDIS_PREFIX", "lynx-test:" + RUN + ":");
    environment.put("LYNX_CLUSTER_RABBITMQ_PREFIX", RABBIT_PREFIX);
    return environment;
  }

  @Test
  void a_killed_nodes_clients_resend_to_the_other_node_and_lose_nothing() throws Exception {
    database = ClusterFixture.newDatabase("lynx_kill");
    NodeProcess a = NodeProcess.start(dataA, cluster("a"));
    NodeProcess b = NodeProcess.start(dataB, cluster("b"));
    String chat = "dm:alice_kill:bob_kill";
    Set<String> acked = new LinkedHashSet<>();
    Set<String> unanswered = new LinkedHashSet<>();
    try {
      RestClient onA = new RestClient(a.port());
      String alice = onA.registerAndLogin("alice_kill");
      onA.registerAndLogin("bob_kill");
      try (ChatClient phone = ChatClient.connect(a.port(), alice, "phone")) {
        int sent = 0;
        for (; sent < 20; sent++) {
          unanswered.add(send(phone, chat, sent));
        }
        while (acked.size() < 150) {
          record(phone.nextAnswer(), acked, unanswered);
          unanswered.add(send(phone, chat, sent++));
        }
        a.kill();
      }

      // The client comes back on node b and sends again what it never heard back about.
      try (ChatClient phone = ChatClient.connect(b.port(), alice, "phone")) {
        for (String msgId : List.copyOf(unanswered)) {
          for (int attempt = 0; attempt < 100 && unanswered.contains(msgId); attempt++) {
            ObjectNode frame = frame(chat, msgId);
            record(phone.request(frame), acked, unanswered);
            if (unanswered.contains(msgId)) {
              Thread.sleep(200);
            }
          }
        }
      }
      assertThat(unanswered).isEmpty();

      List<JsonNode> stored = new RestClient(b.port()).pullAll(chat, alice);
      List<String> ids = stored.stream().map(m -> m.get("msg_id").asText()).toList();
      assertThat(ids).doesNotHaveDuplicates().containsAll(acked);
      // A seq taken by the killed node for a batch it never stored is skipped: after a fault the
      // protocol allows gaps, never reuse or reordering.
      assertThat(stored.stream().map(m -> m.get("seq").asLong()).toList())
          .isSorted()
          .doesNotHaveDuplicates();

      // The inbox fill of a batch the killed node stored came with the redelivered batch: bob's
      // inbox holds every stored message once, in seq order, and no reset.
      RestClient onB = new RestClient(b.port());
      String bob = onB.login("bob_kill");
      List<String> inInbox = new ArrayList<>();
      long cursor = 0;
      boolean more = true;
      while (more) {
        JsonNode page = onB.get("/api/v1/sync?limit=500&cursor=" + cursor, bob).body();
        assertThat(page.get("reset").asBoolean()).as("bob's inbox after the kill").isFalse();
        page.get("messages").forEach(m -> inInbox.add(m.get("msg_id").asText()));
        cursor = page.get("next_cursor").asLong();
        more = page.get("has_more").asBoolean();
      }
      assertThat(inInbox).containsExactlyElementsOf(ids);
    } finally {
      a.kill();
      b.kill();
      ClusterFixture.deleteRabbitNames(RABBIT_PREFIX, PARTITIONS);
      ClusterFixture.deleteRedisKeys("lynx-test:" + RUN + ":");
      ClusterFixture.dropDatabase(database);
    }
  }

  /**
   * A call in progress when the caller's node dies: the callee's node finds the caller's device
   * online nowhere once its presence entry expires, ends the call as hung up, tells the callee and
   * stores the call log, once.
   */
  @Test
  void a_call_whose_callers_node_dies_is_ended_by_the_other_node() throws Exception {
    database = ClusterFixture.newDatabase("lynx_kill_call");
    Map<String, String> fastA = cluster("a");
    Map<String, String> fastB = cluster("b");
    for (Map<String, String> node : List.of(fastA, fastB)) {
      // A short heartbeat: a dead node's devices leave the presence table within seconds.
      node.put("LYNX_HEARTBEAT_TIMEOUT", "PT4S");
    }
    NodeProcess a = NodeProcess.start(dataA, fastA);
    NodeProcess b = NodeProcess.start(dataB, fastB);
    try {
      String chat = "dm:cat_kill:dog_kill";
      String cat = new RestClient(a.port()).registerAndLogin("cat_kill");
      RestClient onB = new RestClient(b.port());
      String dog = onB.registerAndLogin("dog_kill");
      try (ChatClient dogOnB = ChatClient.connect(b.port(), dog, "phone")) {
        assertThat(dogOnB.heartbeat().get("code").asInt()).isZero();
        ChatClient catOnA = ChatClient.connect(a.port(), cat, "phone");
        String id = catOnA.request(CallsEndToEndTest.invite(chat, "video")).get("call_id").asText();
        assertThat(dogOnB.nextFrame(25, Duration.ofSeconds(5)).get("action").asText())
            .isEqualTo("invite");
        assertThat(dogOnB.request(CallsEndToEndTest.call("accept", id)).get("code").asInt())
            .isZero();

        a.kill();

        JsonNode hangup = null;
        for (int second = 0; second < 30 && hangup == null; second++) {
          dogOnB.heartbeat();
          try {
            JsonNode frame = dogOnB.nextFrame(25, Duration.ofSeconds(1));
            hangup = frame.get("action").asText().equals("hangup") ? frame : null;
          } catch (AssertionError notYet) {
            // no call event this second
          }
        }
        assertThat(hangup).as("the hangup of the dead node's caller").isNotNull();
        assertThat(hangup.get("from").asText()).isEqualTo("cat_kill");
        List<JsonNode> logs =
            onB.pullAll(chat, dog).stream().filter(m -> m.get("msg_type").asInt() == 8).toList();
        assertThat(logs).hasSize(1);
        assertThat(logs.getFirst().get("content").asText()).contains("\"result\":\"completed\"");
      }
    } finally {
      a.kill();
      b.kill();
      ClusterFixture.deleteRabbitNames(RABBIT_PREFIX, PARTITIONS);
      ClusterFixture.deleteRedisKeys("lynx-test:" + RUN + ":");
      ClusterFixture.dropDatabase(database);
    }
  }

  /**
   * A push held by a node that dies (its gateway answering 500, so the job is in retries, not yet
   * acknowledged) is delivered by the node that takes over, with the same push id: the queue of
   * pushes is RabbitMQ's, not the node's memory.
   */
  @Test
  void a_push_in_retries_on_a_node_that_dies_is_delivered_by_another_node() throws Exception {
    database = ClusterFixture.newDatabase("lynx_kill_push");
    String secret = "the-cluster-push-secret";
    try (WebhookReceiver gateway = WebhookReceiver.start(secret).answering(500)) {
      Map<String, String> pushing = cluster("a");
      pushing.put("LYNX_PUSH_WEBHOOK_URL", gateway.url());
      pushing.put("LYNX_PUSH_WEBHOOK_SECRET", secret);
      pushing.put("LYNX_PUSH_RETRY_FIRST", "PT0.2S");
      NodeProcess a = NodeProcess.start(dataA, pushing);
      NodeProcess b = null;
      try {
        RestClient onA = new RestClient(a.port());
        String eve = onA.registerAndLogin("eve_kill");
        String fox = onA.registerAndLogin("fox_kill");
        onA.call(
            "PUT", "/api/v1/devices/phone/push", fox, "{\"platform\":\"apns\",\"token\":\"f1\"}");
        try (ChatClient eveOnA = ChatClient.connect(a.port(), eve, "phone")) {
          eveOnA.send("dm:eve_kill:fox_kill", "e1", "wake up");
        }
        String pushId = gateway.next(20).notifications().get(0).get("push_id").asText();

        a.kill();
        gateway.answering(200);
        Map<String, String> takingOver = new HashMap<>(pushing);
        takingOver.put("LYNX_CLUSTER_NODE", "b");
        b = NodeProcess.start(dataB, takingOver);

        WebhookReceiver.Received delivered = gateway.next(30);
        while (delivered.answered() != 200) {
          delivered = gateway.next(30);
        }
        assertThat(delivered.signed()).isTrue();
        assertThat(delivered.notifications().get(0).get("push_id").asText()).isEqualTo(pushId);
        assertThat(delivered.notifications().get(0).get("preview").asText()).isEqualTo("wake up");
      } finally {
        a.kill();
        if (b != null) {
          b.kill();
        }
      }
    } finally {
      ClusterFixture.deleteRabbitNames(RABBIT_PREFIX, PARTITIONS);
      ClusterFixture.deleteRedisKeys("lynx-test:" + RUN + ":");
      ClusterFixture.dropDatabase(database);
    }
  }

  private static ObjectNode frame(String chat, String msgId) {
    ObjectNode frame = ChatClient.JSON.createObjectNode();
    frame.put("cmd", 2).put("msg_id", msgId).put("conversation_id", chat);
    frame.putObject("payload").put("content", "message " + msgId);
    return frame;
  }

  private static String send(ChatClient phone, String chat, int i) {
    String msgId = "k" + i;
    phone.sendRaw(frame(chat, msgId).toString());
    return msgId;
  }

  private static void record(ObjectNode answer, Set<String> acked, Set<String> unanswered) {
    if (answer.get("code").asInt() == 0) {
      String msgId = answer.get("msg_id").asText();
      acked.add(msgId);
      unanswered.remove(msgId);
    }
  }
}
