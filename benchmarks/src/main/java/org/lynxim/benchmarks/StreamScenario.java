package org.lynxim.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/**
 * A bot streams into a group of {@code watchers} (all online): chunks with at most {@code inFlight}
 * unanswered, each carrying its send time, a new stream whenever one nears the stream limit.
 * Measures chunks per second taken and relayed, and the time from a chunk sent to each watcher
 * having it.
 */
final class StreamScenario {
  /** Kept under the server's default stream limit (65536 bytes), with room for the last chunks. */
  private static final int STREAM_BUDGET = 60_000;

  record Settings(
      String prefix,
      int watchers,
      int inFlight,
      int chunkBytes,
      Duration warmup,
      Duration duration) {}

  private final Server server;
  private final Settings settings;
  private final LongAdder sent = new LongAdder();
  private final LongAdder taken = new LongAdder();
  private final LongAdder refused = new LongAdder();
  private final LongAdder relayed = new LongAdder();
  private final LongAdder streams = new LongAdder();
  private final Histogram chunkToAnswer = Histograms.micros();
  private final Histogram chunkToWatcher = Histograms.micros();
  private final BlockingQueue<String> opened = new ArrayBlockingQueue<>(4);
  private final Semaphore window;
  private volatile long measureFrom = Long.MAX_VALUE;
  private volatile boolean sending = true;

  StreamScenario(Server server, Settings settings) {
    this.server = server;
    this.settings = settings;
    this.window = new Semaphore(Math.max(1, settings.inFlight()));
  }

  Report run() throws Exception {
    int watchers = Math.max(1, settings.watchers());
    Users users = Users.of(server, settings.prefix(), watchers + 1, 16);
    String group = users.createGroup(server, settings.prefix());
    List<Conn> connections = new ArrayList<>();
    try {
      Conn bot = server.connect(users.tokens().getFirst(), "bench", this::onBotFrame);
      connections.add(bot);
      for (int i = 1; i <= watchers; i++) {
        connections.add(server.connect(users.tokens().get(i), "bench", this::onWatcherFrame));
      }
      long started = System.nanoTime();
      Thread loop = Thread.ofVirtual().start(() -> streamLoop(bot, group));
      try (Progress progress = new Progress("stream", relayed, "chunks relayed")) {
        Thread.sleep(settings.warmup().toMillis());
        long takenBefore = taken.sum();
        long relayedBefore = relayed.sum();
        long windowStart = System.nanoTime();
        measureFrom = windowStart;
        Thread.sleep(settings.duration().toMillis());
        double seconds = (System.nanoTime() - windowStart) / 1e9;
        long takenInWindow = taken.sum() - takenBefore;
        long relayedInWindow = relayed.sum() - relayedBefore;
        sending = false;
        loop.join();
        Thread.sleep(500); // the last relays
        return new Report("stream")
            .setting("watchers", watchers)
            .setting("in_flight", settings.inFlight())
            .setting("chunk_bytes", settings.chunkBytes())
            .setting("seconds", settings.duration().toSeconds())
            .value("chunks_per_second", takenInWindow / seconds)
            .value("relayed_per_second", relayedInWindow / seconds)
            .value("streams", streams.sum())
            .value("sent", sent.sum())
            .value("taken", taken.sum())
            .value("refused (error answers)", refused.sum())
            .value("relayed", relayed.sum())
            .value("lost (relays missing)", taken.sum() * watchers - relayed.sum())
            .value("run_seconds", (System.nanoTime() - started) / 1e9)
            .latency("chunk_to_answer", chunkToAnswer)
            .latency("chunk_to_each_watcher", chunkToWatcher);
      }
    } finally {
      connections.forEach(Conn::close);
    }
  }

  /** Opens a stream, chunks into it until its budget, ends it, and again. */
  private void streamLoop(Conn bot, String group) {
    String padding = "x".repeat(Math.max(0, settings.chunkBytes() - 21));
    long n = 0;
    try {
      while (sending) {
        bot.send(
            "{\"cmd\":13,\"msg_id\":\"s"
                + n++
                + "-"
                + System.nanoTime()
                + "\",\"conversation_id\":\""
                + group
                + "\",\"payload\":{\"content\":\"\"}}");
        String seq = opened.poll(30, TimeUnit.SECONDS);
        if (seq == null) {
          throw new IllegalStateException("the stream did not open within 30 s");
        }
        streams.increment();
        int bytes = 0;
        long index = 1;
        while (sending && bytes < STREAM_BUDGET) {
          if (!window.tryAcquire(100, TimeUnit.MILLISECONDS)) {
            continue;
          }
          String delta = String.format("%020d|", System.nanoTime()) + padding;
          bytes += delta.length();
          sent.increment();
          bot.send(
              "{\"cmd\":14,\"conversation_id\":\""
                  + group
                  + "\",\"seq\":"
                  + seq
                  + ",\"index\":"
                  + index++
                  + ",\"req_id\":\""
                  + delta.substring(0, 20)
                  + "\",\"delta\":\""
                  + delta
                  + "\"}");
        }
        // Every chunk answered before the end, so that none comes after it.
        window.acquire(Math.max(1, settings.inFlight()));
        window.release(Math.max(1, settings.inFlight()));
        bot.send("{\"cmd\":15,\"conversation_id\":\"" + group + "\",\"seq\":" + seq + "}");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void onBotFrame(String frame) {
    int cmd = Frames.cmd(frame);
    if (cmd == 13) {
      opened.offer(Frames.json(frame).path("seq").asText());
    } else if (cmd == 14) {
      window.release();
      if (Frames.code(frame) != 0) {
        refused.increment();
        return;
      }
      taken.increment();
      long sentNanos = Long.parseLong(Frames.reqId(frame));
      if (sentNanos >= measureFrom) {
        Histograms.recordSince(chunkToAnswer, sentNanos);
      }
    }
  }

  private void onWatcherFrame(String frame) {
    if (Frames.cmd(frame) != 24) {
      return;
    }
    relayed.increment();
    int at = frame.indexOf("\"delta\":\"") + 9;
    long sentNanos = Long.parseLong(frame, at, at + 20, 10);
    if (sentNanos >= measureFrom) {
      Histograms.recordSince(chunkToWatcher, sentNanos);
    }
  }
}
