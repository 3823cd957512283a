package org.lynxim.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Coming back online: a user is offline while {@code conversations} direct chats receive {@code
 * perConversation} messages each; then it reconnects and pulls every conversation from where it was
 * until nothing is left. Measures the time from reconnect until all is pulled.
 */
final class CatchUpScenario {
  record Settings(String prefix, int conversations, int perConversation, int limit) {}

  private final Server server;
  private final Settings settings;

  CatchUpScenario(Server server, Settings settings) {
    this.server = server;
    this.settings = settings;
  }

  Report run() throws Exception {
    Users users = Users.of(server, settings.prefix(), settings.conversations() + 1, 16);
    String me = users.names().getFirst();
    String myToken = users.tokens().getFirst();
    Map<String, Long> seen = new HashMap<>();
    List<String> conversations = new ArrayList<>();
    for (int i = 1; i <= settings.conversations(); i++) {
      String conversation = Users.direct(me, users.names().get(i));
      conversations.add(conversation);
      seen.put(conversation, Preload.lastSeq(server, myToken, conversation));
    }
    LongAdder sent = new LongAdder();
    List<Thread> peers = new ArrayList<>();
    for (int i = 1; i <= settings.conversations(); i++) {
      String token = users.tokens().get(i);
      String conversation = conversations.get(i - 1);
      peers.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      Preload.send(
                          server, token, conversation, settings.perConversation(), 64, sent);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }));
    }
    for (Thread peer : peers) {
      peer.join();
    }

    BlockingQueue<JsonNode> answers = new ArrayBlockingQueue<>(1024);
    long started = System.nanoTime();
    long pulled = 0;
    int requests = 0;
    try (Conn conn =
        server.connect(
            myToken,
            "back",
            frame -> {
              if (Frames.cmd(frame) == 3) {
                answers.add(Frames.json(frame));
              }
            })) {
      // Every conversation's first page is asked for at once; each answer asks for the next page.
      for (String conversation : conversations) {
        conn.send(
            Frames.pull(conversation, conversation, seen.get(conversation), settings.limit()));
        requests++;
      }
      int open = conversations.size();
      while (open > 0) {
        var page = answers.poll(30, TimeUnit.SECONDS);
        if (page == null) {
          throw new IllegalStateException("a pull was not answered");
        }
        pulled += page.get("payload").size();
        if (page.get("has_more").asBoolean()) {
          String conversation = page.get("conversation_id").asText();
          conn.send(
              Frames.pull(
                  conversation,
                  conversation,
                  page.get("next_cursor_seq").asLong(),
                  settings.limit()));
          requests++;
        } else {
          open--;
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Report("catch-up")
        .setting("conversations", settings.conversations())
        .setting("per_conversation", settings.perConversation())
        .setting("limit", settings.limit())
        .value("messages_missed", sent.sum())
        .value("messages_pulled", pulled)
        .value("pull_requests", requests)
        .value("catch_up_ms", seconds * 1000)
        .value("messages_per_second", pulled / seconds);
  }
}
