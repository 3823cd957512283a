package org.lynxim.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/**
 * Paging through history: a conversation holding {@code messages} (preloaded once; later runs with
 * the same prefix reuse it), then {@code pulls} pulls of {@code limit} at random cursors from
 * {@code clients} connections at once.
 */
final class PullScenario {
  record Settings(String prefix, long messages, int pulls, int limit, int clients) {}

  private final Server server;
  private final Settings settings;

  PullScenario(Server server, Settings settings) {
    this.server = server;
    this.settings = settings;
  }

  Report run() throws Exception {
    Users users = Users.of(server, settings.prefix(), 2, 2);
    String reader = users.tokens().get(1);
    String conversation = Users.direct(users.names().get(0), users.names().get(1));
    long stored = Preload.lastSeq(server, reader, conversation);
    long preloadStart = System.nanoTime();
    LongAdder preloaded = new LongAdder();
    try (Progress progress = new Progress("pull preload", preloaded, "stored")) {
      Preload.send(
          server,
          users.tokens().get(0),
          conversation,
          settings.messages() - stored,
          256,
          preloaded);
    }
    double preloadSeconds = (System.nanoTime() - preloadStart) / 1e9;
    long last = Preload.lastSeq(server, reader, conversation);

    Histogram latency = Histograms.micros();
    LongAdder returned = new LongAdder();
    LongAdder failed = new LongAdder();
    int perClient = Math.max(1, settings.pulls() / Math.max(1, settings.clients()));
    CountDownLatch finished = new CountDownLatch(settings.clients());
    List<Conn> connections = new ArrayList<>();
    long started = System.nanoTime();
    for (int c = 0; c < settings.clients(); c++) {
      ConcurrentHashMap<String, Long> pending = new ConcurrentHashMap<>();
      CountDownLatch[] answer = new CountDownLatch[1];
      Conn conn =
          server.connect(
              reader,
              "pull" + c,
              frame -> {
                JsonNode page = Frames.json(frame);
                Long sentAt = pending.remove(page.path("req_id").asText());
                if (sentAt != null) {
                  Histograms.recordSince(latency, sentAt);
                  record(page, returned, failed);
                  answer[0].countDown();
                }
              });
      connections.add(conn);
      Thread.ofVirtual()
          .start(
              () -> {
                try {
                  for (int i = 0; i < perClient; i++) {
                    long cursor =
                        ThreadLocalRandom.current().nextLong(Math.max(1, last - settings.limit()));
                    String reqId = "p" + i;
                    answer[0] = new CountDownLatch(1);
                    pending.put(reqId, System.nanoTime());
                    conn.send(Frames.pull(reqId, conversation, cursor, settings.limit()));
                    answer[0].await(30, TimeUnit.SECONDS);
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } finally {
                  finished.countDown();
                }
              });
    }
    finished.await();
    double seconds = (System.nanoTime() - started) / 1e9;
    connections.forEach(Conn::close);
    long pulls = latency.getTotalCount();
    return new Report("pull")
        .setting("messages", last)
        .setting("limit", settings.limit())
        .setting("clients", settings.clients())
        .value("preload_seconds", preloadSeconds)
        .value("preloaded_messages", preloaded.sum())
        .value("pulls", pulls)
        .value("pulls_per_second", pulls / seconds)
        .value("messages_returned", returned.sum())
        .value("failed_pulls", failed.sum())
        .latency("pull", latency);
  }

  private static void record(JsonNode frame, LongAdder returned, LongAdder failed) {
    if (frame.path("code").asInt() != 0) {
      failed.increment();
    } else {
      returned.add(frame.get("payload").size());
    }
  }
}
