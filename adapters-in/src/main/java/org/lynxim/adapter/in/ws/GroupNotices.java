package org.lynxim.adapter.in.ws;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.group.StormControl;

/**
 * The "new messages" notices (cmd 8) of groups under storm control, paced per device and group as
 * {@link StormControl#nextNotice} says: the first goes at once, later ones wait for the gap and
 * carry the latest seq. One timer wheel serves the node: a deferred notice waits in the slot of the
 * 100 ms tick it is due at, and one thread turns the wheel, however many notices wait.
 */
final class GroupNotices implements AutoCloseable {
  private static final long TICK_MILLIS = 100;
  private static final int SLOTS = 32;

  private record Key(Connection connection, ConversationId conversation) {}

  /** What a device was told of a group: when last, and the newest seq it still has to hear of. */
  private static final class Paced {
    Instant lastSent;
    long pendingSeq;
    boolean waiting;
  }

  private final Clock clock;
  private final Map<Key, Paced> paced = new ConcurrentHashMap<>();
  private final List<Queue<Key>> wheel = new ArrayList<>(SLOTS);
  private final AtomicLong turned = new AtomicLong();
  private final long startMillis;
  private final ScheduledExecutorService turning;

  GroupNotices(Clock clock) {
    this.clock = clock;
    for (int i = 0; i < SLOTS; i++) {
      wheel.add(new ConcurrentLinkedQueue<>());
    }
    this.startMillis = clock.millis();
    this.turning =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("lynx-group-notices").daemon().factory());
    turning.scheduleAtFixedRate(this::turn, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** The group has a new message at {@code seq} for the device on {@code connection}. */
  void newMessage(Connection connection, ConversationId conversation, long seq) {
    Key key = new Key(connection, conversation);
    Paced one = paced.computeIfAbsent(key, k -> new Paced());
    synchronized (one) {
      one.pendingSeq = Math.max(one.pendingSeq, seq);
      Instant now = clock.instant();
      Instant next = StormControl.nextNotice(Optional.ofNullable(one.lastSent), now);
      if (!next.isAfter(now)) {
        send(key, one, now);
      } else if (!one.waiting) {
        one.waiting = true;
        long dueTick = Math.max(turned.get() + 1, ticksAt(next.toEpochMilli()));
        wheel.get((int) (dueTick % SLOTS)).add(key);
      }
    }
  }

  private long ticksAt(long epochMillis) {
    return (epochMillis - startMillis + TICK_MILLIS - 1) / TICK_MILLIS;
  }

  private void send(Key key, Paced one, Instant now) {
    key.connection().send(FrameEncoder.newMessages(key.conversation(), one.pendingSeq));
    one.lastSent = now;
    one.pendingSeq = 0;
  }

  /** One tick: the notices due now go out; a device that left takes its pacing with it. */
  private void turn() {
    long tick = turned.incrementAndGet();
    Queue<Key> due = wheel.get((int) (tick % SLOTS));
    Instant now = clock.instant();
    for (Key key = due.poll(); key != null; key = due.poll()) {
      Paced one = paced.get(key);
      if (one == null) {
        continue;
      }
      synchronized (one) {
        one.waiting = false;
        if (one.pendingSeq > 0 && !key.connection().isClosing()) {
          send(key, one, now);
        }
      }
    }
    if (tick % SLOTS == 0) {
      forgetQuiet(now);
    }
  }

  /** Pacing older than the gap tells nothing any more: a device's next notice goes at once. */
  private void forgetQuiet(Instant now) {
    Instant quietSince = now.minus(StormControl.NOTICE_GAP.multipliedBy(2));
    paced
        .entrySet()
        .removeIf(
            entry -> {
              Paced one = entry.getValue();
              synchronized (one) {
                return !one.waiting
                    && (entry.getKey().connection().isClosing()
                        || one.lastSent == null
                        || one.lastSent.isBefore(quietSince));
              }
            });
  }

  @Override
  public void close() {
    turning.shutdownNow();
  }
}
