package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A node stopped with SIGTERM, or killed with SIGKILL, under load loses nothing it acknowledged.
 */
class SigtermEndToEndTest {
  @TempDir Path data;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"SIGTERM", "SIGKILL"})
  void every_message_acknowledged_before_the_signal_is_stored_after_the_restart(String signal)
      throws Exception {
    Set<String> acked = new HashSet<>();
    String alice;
    NodeProcess first = NodeProcess.start(data, Map.of());
    try {
      RestClient rest = new RestClient(first.port());
      alice = rest.registerAndLogin("alice_term");
      rest.registerAndLogin("bob_term");
      try (ChatClient socket = ChatClient.connect(first.port(), alice, "phone")) {
        int sent = 0;
        // Keep 20 sends in flight; stop the node once 200 are acknowledged.
        for (; sent < 20; sent++) {
          sendAsync(socket, sent);
        }
        while (acked.size() < 200) {
          ObjectNode answer = socket.nextAnswer();
          if (answer.get("code").asInt() == 0) {
            acked.add(answer.get("msg_id").asText());
          }
          sendAsync(socket, sent++);
        }
        if (signal.equals("SIGKILL")) {
          first.process().destroyForcibly();
        } else {
          first.process().destroy();
        }
        try {
          while (true) {
            ObjectNode answer = socket.nextAnswer();
            if (answer.get("code").asInt() == 0) {
              acked.add(answer.get("msg_id").asText());
            }
          }
        } catch (AssertionError noMoreAnswers) {
          // The node is gone; what it acknowledged is all in `acked`.
        }
      }
      assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      first.process().destroyForcibly();
    }

    NodeProcess second = NodeProcess.start(data, Map.of());
    try {
      RestClient rest = new RestClient(second.port());
      List<JsonNode> stored = rest.pullAll("dm:alice_term:bob_term", alice);
      List<String> storedIds = stored.stream().map(m -> m.get("msg_id").asText()).toList();
      assertThat(storedIds).doesNotHaveDuplicates().containsAll(acked);
      assertThat(stored)
          .extracting(m -> m.get("seq").asLong())
          .containsExactlyElementsOf(LongStream.rangeClosed(1, stored.size()).boxed().toList());
    } finally {
      second.process().destroyForcibly();
      second.process().waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static void sendAsync(ChatClient socket, int i) {
    ObjectNode frame = ChatClient.JSON.createObjectNode();
    frame.put("cmd", 2).put("msg_id", "m" + i).put("conversation_id", "dm:alice_term:bob_term");
    frame.putObject("payload").put("content", "message " + i);
    try {
      socket.sendRaw(frame.toString());
    } catch (RuntimeException closed) {
      // The node is stopping; this one was never acknowledged.
    }
  }
}
