package org.lynxim.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
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
    List<Thread> senders = new ArrayList<>();
    String content = Frames.content(settings.contentBytes());
    for (int pair = 0; pair < pairs; pair++) {
      connections.add(
          node(pair + 1).connect(users.tokens().get(2 * pair + 1), "bench", this::onReceiverFrame));
    }
    for (int pair = 0; pair < pairs; pair++) {
      int sender = 2 * pair;
      String conversation = Users.direct(users.names().get(sender), users.names().get(sender + 1));
      Semaphore window = new Semaphore(settings.inFlight());
      Conn conn =
          node(pair).connect(users.tokens().get(sender), "bench", frame -> onAck(frame, window));
      connections.add(conn);
      senders.add(
          Thread.ofVirtual()
              .unstarted(
                  settings.openLoop()
                      ? () -> scheduledSendLoop(conn, sender, conversation, content, window, pairs)
                      : () -> sendLoop(conn, sender, conversation, content, window)));
    }

    long started = System.nanoTime();
    senders.forEach(Thread::start);
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
      for (Thread sender : senders) {
        sender.join();
      }
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

  private void sendLoop(
      Conn conn, int sender, String conversation, String content, Semaphore window) {
    long n = 0;
    try {
      while (sending) {
        if (!window.tryAcquire(100, TimeUnit.MILLISECONDS)) {
          continue;
        }
        String msgId = Frames.msgId(System.nanoTime(), sender, n++);
        sent.increment();
        conn.send(Frames.send(msgId, conversation, content));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Sends on a fixed schedule, one message every {@code pairs / rate} seconds from a random phase,
   * so the senders together offer {@code rate} messages per second. A sender that falls behind
   * sends at once until it is back on schedule; every message carries its scheduled time.
   */
  private void scheduledSendLoop(
      Conn conn, int sender, String conversation, String content, Semaphore window, int pairs) {
    long interval = Math.max(1, Math.round(pairs * 1e9 / settings.rate()));
    long next = System.nanoTime() + ThreadLocalRandom.current().nextLong(interval);
    long n = 0;
    try {
      while (sending) {
        long wait = next - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
          continue;
        }
        if (!window.tryAcquire(100, TimeUnit.MILLISECONDS)) {
          continue;
        }
        sent.increment();
        conn.send(Frames.send(Frames.msgId(next, sender, n++), conversation, content));
        next += interval;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void onAck(String frame, Semaphore window) {
    if (Frames.cmd(frame) != 2) {
      return;
    }
    window.release();
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
