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
 * perConversation} messages each; then it catches up twice, each time on a device of its own: with
 * the one-cursor sync (cmd 10, pages of up to 500 from the inbox), and by pulling every
 * conversation from where it was until nothing is left (each conversation's pages asked for at
 * once). Measures the time from connecting until everything is read.
 */
final class CatchUpScenario {
  /**
   * @param edits how many of its last messages each peer edits while the user is away: each edit
   *     appends a system message (message_updated), so the catch-up reads system messages too
   */
  record Settings(String prefix, int conversations, int perConversation, int limit, int edits) {}

  /** Past any inbox's head: a sync from it answers reset with the head as next_cursor. */
  private static final long BEYOND_ANY_HEAD = Long.MAX_VALUE / 2;

  private static final int SYNC_LIMIT = 500;
  private static final int ROUNDS = 5;

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
    long inboxCursor = inboxHead(myToken);
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
                      edit(token, conversation, seen.get(conversation), sent);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }));
    }
    for (Thread peer : peers) {
      peer.join();
    }

    // Both ways only read, so each is timed several times, alternately, each time on a device
    // that connects for it; the median stands for the way, the first round shows it cold.
    List<Double> syncMillis = new ArrayList<>();
    List<Double> pullMillis = new ArrayList<>();
    long[] synced = null;
    long[] pulled = null;
    for (int round = 0; round < ROUNDS; round++) {
      long started = System.nanoTime();
      synced = syncAll(myToken, inboxCursor, "synced" + round);
      syncMillis.add((System.nanoTime() - started) / 1e6);
      started = System.nanoTime();
      pulled = pullAll(myToken, conversations, seen, "pulled" + round);
      pullMillis.add((System.nanoTime() - started) / 1e6);
    }
    return new Report("catch-up")
        .setting("conversations", settings.conversations())
        .setting("per_conversation", settings.perConversation())
        .setting("edits", settings.edits())
        .setting("limit", settings.limit())
        .setting("rounds", ROUNDS)
        .value("messages_missed", sent.sum())
        .value("messages_pulled", pulled[0])
        .value("pull_requests", pulled[1])
        .value("catch_up_ms", median(pullMillis))
        .value("catch_up_first_round_ms", pullMillis.getFirst())
        .value("messages_synced", synced[0])
        .value("sync_requests", synced[1])
        .value("sync_catch_up_ms", median(syncMillis))
        .value("sync_catch_up_first_round_ms", syncMillis.getFirst());
  }

  /** Edits the peer's last messages (its seqs follow the user's last seen seq). */
  private void edit(String token, String conversation, long seenBefore, LongAdder sent) {
    long last = seenBefore + settings.perConversation();
    for (int i = 0; i < Math.min(settings.edits(), settings.perConversation()); i++) {
      long seq = last - i;
      Server.Response edited =
          server.patch(
              "/api/v1/conversations/" + conversation + "/messages/" + seq,
              token,
              "{\"content\":\"edited while you were away\"}");
      if (edited.status() != 200) {
        throw new IllegalStateException("edit of " + seq + " answered " + edited.status());
      }
      sent.increment(); // the system message the edit appends is one more to catch up on
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  /**
   * Pulls every conversation from where the user was until nothing is left: every conversation's
   * first page is asked for at once, and each answer asks for the next page. Answers messages read
   * and requests made.
   */
  private long[] pullAll(
      String token, List<String> conversations, Map<String, Long> seen, String device)
      throws Exception {
    BlockingQueue<JsonNode> answers = new ArrayBlockingQueue<>(1024);
    long pulled = 0;
    long requests = 0;
    try (Conn conn = connectCollecting(token, device, 3, answers)) {
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
    return new long[] {pulled, requests};
  }

  /** A connection of the user's device that puts every answer of one cmd into {@code answers}. */
  private Conn connectCollecting(
      String token, String device, int cmd, BlockingQueue<JsonNode> answers) {
    return server.connect(
        token,
        device,
        frame -> {
          if (Frames.cmd(frame) == cmd) {
            answers.add(Frames.json(frame));
          }
        });
  }

  /** Where the user's inbox stands now. */
  private long inboxHead(String token) throws Exception {
    BlockingQueue<JsonNode> answers = new ArrayBlockingQueue<>(1);
    try (Conn conn = server.connect(token, "probe", frame -> answers.add(Frames.json(frame)))) {
      conn.send(Frames.sync(BEYOND_ANY_HEAD, 1));
      JsonNode answer = answers.poll(30, TimeUnit.SECONDS);
      if (answer == null || !answer.get("reset").asBoolean()) {
        throw new IllegalStateException("no head from the inbox: " + answer);
      }
      return answer.get("next_cursor").asLong();
    }
  }

  /** Syncs from the cursor until nothing is left; answers messages read and requests made. */
  private long[] syncAll(String token, long cursor, String device) throws Exception {
    BlockingQueue<JsonNode> answers = new ArrayBlockingQueue<>(16);
    long read = 0;
    long requests = 0;
    try (Conn conn = connectCollecting(token, device, 10, answers)) {
      boolean more = true;
      while (more) {
        conn.send(Frames.sync(cursor, SYNC_LIMIT));
        requests++;
        JsonNode page = answers.poll(30, TimeUnit.SECONDS);
        if (page == null || page.get("code").asInt() != 0 || page.get("reset").asBoolean()) {
          throw new IllegalStateException("sync failed: " + page);
        }
        read += page.get("payload").size();
        cursor = page.get("next_cursor").asLong();
        more = page.get("has_more").asBoolean();
      }
    }
    return new long[] {read, requests};
  }
}
