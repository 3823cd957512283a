package org.lynxim.application.presence.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lynxim.application.delivery.port.in.RelaySignalUseCase;
import org.lynxim.application.delivery.port.out.DevicePresence;
import org.lynxim.application.presence.port.in.AnnouncePresenceUseCase;
import org.lynxim.application.presence.port.out.LastSeenStore;
import org.lynxim.application.presence.port.out.LeavingUsers;
import org.lynxim.application.presence.port.out.Timers;
import org.lynxim.application.social.port.out.Friendships;
import org.lynxim.domain.notice.Signal;
import org.lynxim.domain.user.UserId;

/**
 * Tells friends of arrivals at once and of departures after {@code grace}, so that a client that
 * reconnects at once (a network switch, a page reload) makes no noise: its leaving mark is found
 * and removed, and neither event is told.
 */
public final class AnnouncePresenceService implements AnnouncePresenceUseCase {
  private final Friendships friendships;
  private final DevicePresence presence;
  private final LeavingUsers leaving;
  private final LastSeenStore lastSeen;
  private final Timers timers;
  private final RelaySignalUseCase relay;
  private final Clock clock;
  private final Duration grace;

  public AnnouncePresenceService(
      Friendships friendships,
      DevicePresence presence,
      LeavingUsers leaving,
      LastSeenStore lastSeen,
      Timers timers,
      RelaySignalUseCase relay,
      Clock clock,
      Duration grace) {
    this.friendships = friendships;
    this.presence = presence;
    this.leaving = leaving;
    this.lastSeen = lastSeen;
    this.timers = timers;
    this.relay = relay;
    this.clock = clock;
    this.grace = grace;
  }

  @Override
  public void arrived(UserId user) {
    if (!leaving.returned(user)) {
      tellFriends(new Signal.PresenceChanged(user, true, Optional.empty()));
    }
  }

  @Override
  public void left(UserId user) {
    Instant at = Instant.ofEpochMilli(clock.millis());
    leaving.leaving(user, at);
    timers.after(grace, () -> settle(user, at));
  }

  /** After the grace: still gone, and not gone again since, so this departure is told. */
  private void settle(UserId user, Instant at) {
    if (!presence.online(List.of(user)).isEmpty() || !leaving.stillGone(user, at)) {
      return;
    }
    lastSeen.record(user, at);
    tellFriends(new Signal.PresenceChanged(user, false, Optional.of(at)));
  }

  private void tellFriends(Signal.PresenceChanged change) {
    relay.relay(friendships.friendIdsOf(change.user()), change);
  }
}
