package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Idempotency and seq order when many clients write at once. */
class ConcurrencyEndToEndTest extends OneNodeTest {

  @Test
  void ten_concurrent_copies_of_one_msg_id_store_one_message_and_all_answer_its_seq()
      throws Exception {
    String alice = rest.registerAndLogin("alice_cc");
    rest.registerAndLogin("bob_cc");
    String chat = "dm:alice_cc:bob_cc";
    List<ChatClient> sockets = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      sockets.add(ChatClient.connect(node.port(), alice, "dev" + i));
    }
    CountDownLatch go = new CountDownLatch(1);
    List<Callable<JsonNode>> copies = new ArrayList<>();
    for (ChatClient socket : sockets) {
      copies.add(
          () -> {
            go.await();
            return socket.send(chat, "the-one", "only once");
          });
      copies.add(
          () -> {
            go.await();
            return rest.post(
                    "/api/v1/conversations/" + chat + "/messages",
                    alice,
                    "{\"msg_id\":\"the-one\",\"content\":\"only once\"}")
                .body();
          });
    }
    List<JsonNode> answers = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(copies.size())) {
      List<Future<JsonNode>> futures = new ArrayList<>();
      copies.forEach(copy -> futures.add(pool.submit(copy)));
      go.countDown();
      for (Future<JsonNode> future : futures) {
        answers.add(future.get());
      }
    } finally {
      sockets.forEach(ChatClient::close);
    }

    assertThat(answers).hasSize(10).allSatisfy(a -> assertThat(a.get("seq").asLong()).isEqualTo(1));
    assertThat(answers)
        .extracting(a -> a.get("send_time").asLong())
        .containsOnly(answers.get(0).get("send_time").asLong());
    assertThat(answers).filteredOn(a -> !a.get("duplicate").asBoolean()).hasSize(1);
    var stored = rest.get("/api/v1/conversations/" + chat + "/messages", alice);
    assertThat(stored.body().get("messages")).hasSize(1);
  }

  @Test
  void five_senders_writing_forty_messages_each_into_a_group_get_seqs_1_to_200_in_their_order()
      throws Exception {
    List<String> names = List.of("s1_cc", "s2_cc", "s3_cc", "s4_cc", "s5_cc");
    Map<String, String> tokens = new HashMap<>();
    names.forEach(name -> tokens.put(name, rest.registerAndLogin(name)));
    String group =
        rest.post(
                "/api/v1/groups",
                tokens.get("s1_cc"),
                "{\"name\":\"busy\",\"members\":[\"s2_cc\",\"s3_cc\",\"s4_cc\",\"s5_cc\"]}")
            .body()
            .get("conversation_id")
            .asText();

    Map<String, List<Long>> seqsBySender = new HashMap<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(names.size())) {
      Map<String, Future<List<Long>>> futures = new HashMap<>();
      for (String name : names) {
        futures.put(name, pool.submit(() -> sendPipelined(tokens.get(name), group, name, 40)));
      }
      for (String name : names) {
        seqsBySender.put(name, futures.get(name).get());
      }
    }

    List<Long> all = new ArrayList<>();
    seqsBySender.values().forEach(all::addAll);
    assertThat(all)
        .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 200).boxed().toList());
    seqsBySender.values().forEach(seqs -> assertThat(seqs).isSorted());

    List<JsonNode> stored = rest.pullAll(group, tokens.get("s1_cc"));
    assertThat(stored)
        .extracting(m -> m.get("seq").asLong())
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 200).boxed().toList());
    for (String name : names) {
      List<String> own =
          stored.stream()
              .filter(m -> m.get("sender_id").asText().equals(name))
              .map(m -> m.get("content").asText())
              .toList();
      assertThat(own)
          .containsExactlyElementsOf(
              LongStream.range(0, 40).mapToObj(i -> name + "#" + i).toList());
    }
  }

  /** Sends all messages without waiting for answers, then collects the seqs in sending order. */
  private static List<Long> sendPipelined(String token, String group, String name, int count) {
    try (ChatClient client = ChatClient.connect(node.port(), token, "pipe")) {
      for (int i = 0; i < count; i++) {
        ObjectNode frame = ChatClient.JSON.createObjectNode();
        frame
            .put("cmd", 2)
            .put("msg_id", name + "-" + i)
            .put("conversation_id", group)
            .put("req_id", "q" + i);
        frame.putObject("payload").put("content", name + "#" + i);
        client.sendRaw(frame.toString());
      }
      List<Long> seqs = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ObjectNode answer = client.answerTo("q" + i);
        assertThat(answer.get("code").asInt()).isZero();
        seqs.add(answer.get("seq").asLong());
      }
      return seqs;
    }
  }
}
