package org.lynxim.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/**
 * Group fan-out: one group of {@code members}, all online; {@code senders} of them send with at
 * most {@code inFlight} unanswered each. Measures pushes per second and, per message, the time
 * until the last member has it. With {@code focused} members, those (after the senders) show the
 * group (cmd 19): under storm control only they get the messages, and the others "new messages"
 * notices (cmd 8), counted apart.
 */
final class GroupScenario {
  record Settings(
      String prefix,
      int members,
      int senders,
      int inFlight,
      Duration warmup,
      Duration duration,
      int contentBytes,
      Duration drainTimeout,
      int focused) {}

  private final Server server;
  private final Settings settings;
  private final ConcurrentHashMap<String, AtomicInteger> awaited = new ConcurrentHashMap<>();
  private final LongAdder sent = new LongAdder();
  private final LongAdder acked = new LongAdder();
  private final LongAdder refused = new LongAdder();
  private final LongAdder pushed = new LongAdder();
  private final LongAdder notices = new LongAdder();
  private final LongAdder complete = new LongAdder();
  private final Histogram ackLatency = Histograms.micros();
  private final Histogram pushLatency = Histograms.micros();
  private final Histogram lastMemberLatency = Histograms.micros();
  private volatile long measureFrom = Long.MAX_VALUE;
  private volatile boolean sending = true;

  GroupScenario(Server server, Settings settings) {
    this.server = server;
    this.settings = settings;
  }

  Report run() throws Exception {
    int members = Math.max(2, settings.members());
    int senders = Math.min(members, Math.max(1, settings.senders()));
    Users users = Users.of(server, settings.prefix(), members, 16);
    String group = users.createGroup(server, settings.prefix());
    List<Conn> connections = new ArrayList<>();
    List<Thread> loops = new ArrayList<>();
    String content = Frames.content(settings.contentBytes());
    try {
      for (int i = 0; i < members; i++) {
        Semaphore window = new Semaphore(settings.inFlight());
        int member = i;
        Conn conn = server.connect(users.tokens().get(i), "bench", frame -> onFrame(frame, window));
        connections.add(conn);
        if (member >= senders && member < senders + settings.focused()) {
          conn.send("{\"cmd\":19,\"conversation_id\":\"" + group + "\"}");
        }
        if (member < senders) {
          loops.add(
              Thread.ofVirtual()
                  .unstarted(
                      () -> sendLoop(conn, member, group, content, window, recipients(members))));
        }
      }
      long started = System.nanoTime();
      loops.forEach(Thread::start);
      try (Progress progress = new Progress("group", pushed, "pushes")) {
        Thread.sleep(settings.warmup().toMillis());
        long pushedBefore = pushed.sum();
        long noticesBefore = notices.sum();
        long completeBefore = complete.sum();
        long windowStart = System.nanoTime();
        measureFrom = windowStart;
        Thread.sleep(settings.duration().toMillis());
        double seconds = (System.nanoTime() - windowStart) / 1e9;
        long pushedInWindow = pushed.sum() - pushedBefore;
        long noticesInWindow = notices.sum() - noticesBefore;
        long completeInWindow = complete.sum() - completeBefore;
        sending = false;
        for (Thread loop : loops) {
          loop.join();
        }
        drain();
        return new Report("group")
            .setting("members", members)
            .setting("senders", senders)
            .setting("in_flight", settings.inFlight())
            .setting("seconds", settings.duration().toSeconds())
            .setting("focused", settings.focused())
            .value("pushes_per_second", pushedInWindow / seconds)
            .value("notices_per_second (cmd 8)", noticesInWindow / seconds)
            .value("messages_delivered_to_all_per_second", completeInWindow / seconds)
            .value("sent", sent.sum())
            .value("acked", acked.sum())
            .value("refused (error answers)", refused.sum())
            .value("pushes", pushed.sum())
            .value("lost (never acked)", sent.sum() - acked.sum() - refused.sum())
            .value("lost (pushes missing)", acked.sum() * (long) recipients(members) - pushed.sum())
            .value("run_seconds", (System.nanoTime() - started) / 1e9)
            .latency("send_to_ack", ackLatency)
            .latency("send_to_each_push", pushLatency)
            .latency("send_to_last_member", lastMemberLatency);
      }
    } finally {
      connections.forEach(Conn::close);
    }
  }

  /**
   * Who gets each message pushed: every other member, or under storm control (the senders and
   * focused members only) the focused ones and the senders' other devices (none here).
   */
  private int recipients(int members) {
    return settings.focused() > 0 ? settings.focused() : members - 1;
  }

  private void sendLoop(
      Conn conn, int member, String group, String content, Semaphore window, int recipients) {
    long n = 0;
    try {
      while (sending) {
        if (!window.tryAcquire(100, TimeUnit.MILLISECONDS)) {
          continue;
        }
        String msgId = Frames.msgId(System.nanoTime(), member, n++);
        awaited.put(msgId, new AtomicInteger(recipients));
        sent.increment();
        conn.send(Frames.send(msgId, group, content));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void onFrame(String frame, Semaphore window) {
    int cmd = Frames.cmd(frame);
    if (cmd == 2) {
      window.release();
      if (Frames.code(frame) != 0) {
        refused.increment();
        awaited.remove(Frames.msgId(frame));
        return;
      }
      acked.increment();
      long sentNanos = Frames.sentNanos(Frames.msgId(frame));
      if (sentNanos >= measureFrom) {
        Histograms.recordSince(ackLatency, sentNanos);
      }
    } else if (cmd == 8) {
      notices.increment();
    } else if (cmd == 5) {
      String msgId = Frames.msgId(frame);
      long sentNanos = Frames.sentNanos(msgId);
      pushed.increment();
      boolean measured = sentNanos >= measureFrom;
      if (measured) {
        Histograms.recordSince(pushLatency, sentNanos);
      }
      AtomicInteger left = awaited.get(msgId);
      if (left != null && left.decrementAndGet() == 0) {
        awaited.remove(msgId);
        complete.increment();
        if (measured) {
          Histograms.recordSince(lastMemberLatency, sentNanos);
        }
      }
    }
  }

  private void drain() throws InterruptedException {
    long deadline = System.nanoTime() + settings.drainTimeout().toNanos();
    while (System.nanoTime() < deadline
        && (acked.sum() + refused.sum() < sent.sum() || !awaited.isEmpty())) {
      Thread.sleep(50);
    }
  }
}
