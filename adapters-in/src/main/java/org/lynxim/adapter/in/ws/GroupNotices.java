package org.lynxim.adapter.in.ws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.group.StormControl;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/**
 * The "new messages" notices (cmd 8) of groups under storm control, paced as {@link
 * StormControl#nextNotice} says. A group's unfocused devices here are told together, in a round:
 * the first at once, the next one a second later with the latest seq if more came. A message costs
 * a few field writes; a round, one frame per device, at most once a second per group. One timer
 * wheel (100 ms ticks) holds the rounds that wait, however many groups and devices there are.
 */
final class GroupNotices implements AutoCloseable {
  private static final long TICK_MILLIS = 100;
  private static final int SLOTS = 32;

  /** What the devices of one group here were told, and what is new since. */
  private static final class Paced {
    final ConversationId conversation;
    long latestSeq;
    long toldSeq;
    Instant lastRound;
    boolean waiting;
    Collection<UserId> recipients = List.of();
    Set<UserDevice> focused = Set.of();

    Paced(ConversationId conversation) {
      this.conversation = conversation;
    }
  }

  private final Clock clock;
  private final Function<UserId, Collection<Connection>> connectionsOf;
  private final Map<ConversationId, Paced> groups = new ConcurrentHashMap<>();
  private final List<Queue<Paced>> wheel = new ArrayList<>(SLOTS);
  private final AtomicLong turned = new AtomicLong();
  private final ScheduledExecutorService turning;

  /**
   * @param connectionsOf the connections here of a user
   */
  GroupNotices(Clock clock, Function<UserId, Collection<Connection>> connectionsOf) {
    this.clock = clock;
    this.connectionsOf = connectionsOf;
    for (int i = 0; i < SLOTS; i++) {
      wheel.add(new ConcurrentLinkedQueue<>());
    }
    this.turning =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("lynx-group-notices").daemon().factory());
    turning.scheduleAtFixedRate(this::turn, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /**
   * The group has a new message at {@code seq} for its {@code recipients}; the {@code focused}
   * devices got the message itself and get no notice.
   */
  void newMessage(
      ConversationId conversation,
      long seq,
      Collection<UserId> recipients,
      Set<UserDevice> focused) {
    Paced group = groups.computeIfAbsent(conversation, Paced::new);
    synchronized (group) {
      group.latestSeq = Math.max(group.latestSeq, seq);
      group.recipients = recipients;
      group.focused = focused;
      Instant now = clock.instant();
      Instant next = StormControl.nextNotice(Optional.ofNullable(group.lastRound), now);
      if (!next.isAfter(now)) {
        round(group, now);
      } else if (!group.waiting) {
        group.waiting = true;
        // Counted from the wheel's own turns, which may lag the clock under load: a late round
        // is fine, an early one is not.
        long delay = Math.min(SLOTS - 1, ceilTicks(Duration.between(now, next).toMillis()));
        wheel.get((int) ((turned.get() + Math.max(1, delay)) % SLOTS)).add(group);
      }
    }
  }

  private static long ceilTicks(long millis) {
    return (millis + TICK_MILLIS - 1) / TICK_MILLIS;
  }

  /** Tells every unfocused device here of the group's latest seq. Called under the group's lock. */
  private void round(Paced group, Instant now) {
    String frame = FrameEncoder.newMessages(group.conversation, group.latestSeq);
    for (UserId recipient : group.recipients) {
      for (Connection connection : connectionsOf.apply(recipient)) {
        if (!group.focused.contains(new UserDevice(recipient, connection.device()))) {
          connection.send(frame);
        }
      }
    }
    group.lastRound = now;
    group.toldSeq = group.latestSeq;
  }

  /** One tick: the rounds due now; a group quiet for a while is forgotten. */
  private void turn() {
    long tick = turned.incrementAndGet();
    Queue<Paced> due = wheel.get((int) (tick % SLOTS));
    Instant now = clock.instant();
    for (Paced group = due.poll(); group != null; group = due.poll()) {
      synchronized (group) {
        group.waiting = false;
        if (group.latestSeq > group.toldSeq) {
          round(group, now);
        }
      }
    }
    if (tick % SLOTS == 0) {
      Instant quietSince = now.minus(StormControl.NOTICE_GAP.multipliedBy(2));
      groups
          .values()
          .removeIf(
              group -> {
                synchronized (group) {
                  return !group.waiting && group.lastRound.isBefore(quietSince);
                }
              });
    }
  }

  @Override
  public void close() {
    turning.shutdownNow();
  }
}
