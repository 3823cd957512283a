package org.lynxim.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/**
 * One-to-one chat: connections in pairs, each sender keeping at most {@code inFlight} sends
 * unanswered. Measures acknowledged sends per second, pushes per second, send-to-ack and
 * send-to-push latency, and messages never acknowledged or never pushed.
 *
 * <p>Closed loop (the default): each sender sends as soon as its window has room, so a slow server
 * slows the senders and hides its own delay (coordinated omission). Open loop ({@code rate > 0}):
 * the offered messages per second are spread over the senders on a fixed schedule, each message
 * carries its scheduled send time, and latency is measured from that time; a send the generator
 * could not make on time (its window full) counts its wait as latency, as a user's would.
 */
final class DirectScenario {
  record Settings(
      String prefix,
      int connections,
      int inFlight,
      Duration warmup,
      Duration duration,
      int contentBytes,
      Duration drainTimeout,
      double rate) {

    boolean openLoop() {
      return rate > 0;
    }
  }

  private final List<Server> nodes;
  private final Settings settings;
  private final LongAdder sent = new LongAdder();
  private final LongAdder acked = new LongAdder();
  private final LongAdder pushed = new LongAdder();
  private final LongAdder refused = new LongAdder();
  private final Histogram ackLatency = Histograms.micros();
  private final Histogram pushLatency = Histograms.micros();
  private final LongAccumulator worstPush = new LongAccumulator(Math::max, 0);
  private volatile long measureFrom = Long.MAX_VALUE;
  private volatile boolean sending = true;

  /** With several nodes, pair k's sender is on node k and its receiver on node k + 1 (mod n). */
  DirectScenario(List<Server> nodes, Settings settings) {
    this.nodes = List.copyOf(nodes);
    this.settings = settings;
  }

  private Server node(int index) {
    return nodes.get(index % nodes.size());
  }

  Report run() throws Exception {
    int pairs = Math.max(1, settings.connections() / 2);
    Users users = Users.of(nodes.getFirst(), settings.prefix(), pairs * 2, 16);
    List<Conn> connections = new ArrayList<>();
    List<Sender> senders = new ArrayList<>();
    String content = Frames.content(settings.contentBytes());
    for (int pair = 0; pair < pairs; pair++) {
      connections.add(
          node(pair + 1).connect(users.tokens().get(2 * pair + 1), "bench", this::onReceiverFrame));
    }
    for (int pair = 0; pair < pairs; pair++) {
      int id = 2 * pair;
      String conversation = Users.direct(users.names().get(id), users.names().get(id + 1));
      Sender sender = new Sender(id, conversation, content, pairs);
      sender.conn = node(pair).connect(users.tokens().get(id), "bench", sender::onFrame);
      connections.add(sender.conn);
      senders.add(sender);
    }

    long started = System.nanoTime();
    List<ScheduledFuture<?>> tickers = new ArrayList<>();
    if (settings.openLoop()) {
      tickers.addAll(startTickers(senders));
    } else {
      senders.forEach(sender -> sender.conn.execute(sender::fillWindow));
    }
    try (Progress progress = new Progress("direct", acked, "acked", sent, pushed, worstPush)) {
      Thread.sleep(settings.warmup().toMillis());
      long ackedBefore = acked.sum();
      long pushedBefore = pushed.sum();
      long windowStart = System.nanoTime();
      measureFrom = windowStart;
      Thread.sleep(settings.duration().toMillis());
      long windowNanos = System.nanoTime() - windowStart;
      long ackedInWindow = acked.sum() - ackedBefore;
      long pushedInWindow = pushed.sum() - pushedBefore;
      sending = false;
      tickers.forEach(ticker -> ticker.cancel(false));
      drain();

      Report report = new Report("direct");
      report
          .setting("connections", pairs * 2)
          .setting("nodes", nodes.size())
          .setting("in_flight", settings.inFlight())
          .setting("seconds", settings.duration().toSeconds())
          .setting("content_bytes", settings.contentBytes())
          .setting("offered_per_second", settings.openLoop() ? settings.rate() : "closed loop");
      double seconds = windowNanos / 1e9;
      report
          .value("acked_per_second", ackedInWindow / seconds)
          .value("pushes_per_second", pushedInWindow / seconds)
          .value("sent", sent.sum())
          .value("acked", acked.sum())
          .value("pushed", pushed.sum())
          .value("refused (error answers)", refused.sum())
          .value("lost (never acked)", sent.sum() - acked.sum() - refused.sum())
          .value("lost (never pushed)", acked.sum() - pushed.sum())
          .value("run_seconds", (System.nanoTime() - started) / 1e9)
          .latency("send_to_ack", ackLatency)
          .latency("send_to_push", pushLatency);
      return report;
    } finally {
      connections.forEach(Conn::close);
    }
  }

  /**
   * Open loop: one ticker per event loop, every millisecond, sends what its senders have due. A
   * timer per sender cost the generator more than its sockets did (10,000 timers a second, each a
   * wake-up and a priority-queue insert); a send goes out up to a millisecond after its scheduled
   * time, and that delay counts in its latency.
   */
  private List<ScheduledFuture<?>> startTickers(List<Sender> senders) {
    Map<ScheduledExecutorService, List<Sender>> byLoop = new LinkedHashMap<>();
    for (Sender sender : senders) {
      byLoop.computeIfAbsent(sender.conn.loop(), loop -> new ArrayList<>()).add(sender);
      sender.next = System.nanoTime() + ThreadLocalRandom.current().nextLong(sender.interval);
    }
    List<ScheduledFuture<?>> tickers = new ArrayList<>();
    byLoop.forEach(
        (loop, onLoop) ->
            tickers.add(
                loop.scheduleAtFixedRate(
                    () -> {
                      long now = System.nanoTime();
                      for (Sender sender : onLoop) {
                        sender.sendDue(now);
                      }
                    },
                    0,
                    1,
                    TimeUnit.MILLISECONDS)));
    return tickers;
  }

  /**
   * One sending connection. Its state is only touched on the connection's event loop, where its
   * answers arrive too: a send, its answer and the next send need no lock and no thread switch.
   */
  private final class Sender {
    private final int id;
    private final String conversation;
    private final String content;
    private final long interval;
    private Conn conn;
    private int unanswered;
    private long next;
    private long n;

    Sender(int id, String conversation, String content, int pairs) {
      this.id = id;
      this.conversation = conversation;
      this.content = content;
      // Open loop: one message every pairs / rate seconds, so the senders together offer rate.
      this.interval =
          settings.openLoop() ? Math.max(1, Math.round(pairs * 1e9 / settings.rate())) : 0;
    }

    /** Closed loop: send as soon as the window has room, each message stamped when it leaves. */
    private void fillWindow() {
      while (sending && unanswered < settings.inFlight()) {
        send(System.nanoTime());
      }
    }

    /**
     * Open loop: sends every message whose scheduled time has come, stamped with that time; a
     * sender that fell behind (its window full) sends at once when answers free the window, so the
     * wait counts in the latency, as a user's would.
     */
    private void sendDue(long now) {
      while (sending && next <= now) {
        if (unanswered >= settings.inFlight()) {
          return; // the next answer calls again
        }
        send(next);
        next += interval;
      }
    }

    private void send(long stamp) {
      unanswered++;
      sent.increment();
      conn.send(Frames.send(Frames.msgId(stamp, id, n++), conversation, content));
    }

    void onFrame(String frame) {
      if (Frames.cmd(frame) != 2) {
        return;
      }
      unanswered--;
      onAck(frame);
      if (settings.openLoop()) {
        sendDue(System.nanoTime());
      } else {
        fillWindow();
      }
    }
  }

  private void onAck(String frame) {
    if (Frames.code(frame) != 0) {
      refused.increment();
      return;
    }
    long sentNanos = Frames.sentNanos(Frames.msgId(frame));
    acked.increment();
    if (sentNanos >= measureFrom) {
      Histograms.recordSince(ackLatency, sentNanos);
    }
  }

  private void onReceiverFrame(String frame) {
    if (Frames.cmd(frame) != 5) {
      return;
    }
    long sentNanos = Frames.sentNanos(Frames.msgId(frame));
    pushed.increment();
    worstPush.accumulate((System.nanoTime() - sentNanos) / 1000);
    if (sentNanos >= measureFrom) {
      Histograms.recordSince(pushLatency, sentNanos);
    }
  }

  private void drain() throws InterruptedException {
    long deadline = System.nanoTime() + settings.drainTimeout().toNanos();
    while (System.nanoTime() < deadline
        && (acked.sum() + refused.sum() < sent.sum() || pushed.sum() < acked.sum())) {
      Thread.sleep(50);
    }
  }
}
