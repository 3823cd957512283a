package org.lynxim.application.call.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.lynxim.application.call.port.in.EndStaleCallsUseCase;
import org.lynxim.application.call.port.out.CallStore;
import org.lynxim.application.delivery.port.out.DevicePresence;
import org.lynxim.domain.call.Call;
import org.lynxim.domain.call.CallStep;
import org.lynxim.domain.user.UserDevice;

/**
 * Ends calls that rang out (missed) and calls whose party's device is online nowhere (its node died
 * or lost it): as that device hanging up. A change another node made first wins: this one reads the
 * call again next round.
 */
public final class EndStaleCallsService implements EndStaleCallsUseCase {
  private final CallStore calls;
  private final CallSteps steps;
  private final DevicePresence presence;
  private final Clock clock;
  private final Duration ring;

  public EndStaleCallsService(
      CallStore calls, CallSteps steps, DevicePresence presence, Clock clock, Duration ring) {
    this.calls = calls;
    this.steps = steps;
    this.presence = presence;
    this.clock = clock;
    this.ring = ring;
  }

  @Override
  public int endStale() {
    Instant now = clock.instant();
    int ended = 0;
    for (Call call : calls.active()) {
      Optional<CallStep> end =
          call.rangOut(ring, now) ? Optional.of(call.timeout()) : partyGone(call, now);
      if (end.isPresent() && steps.apply(call, end.get(), Optional.empty(), Optional.empty())) {
        ended++;
      }
    }
    return ended;
  }

  private Optional<CallStep> partyGone(Call call, Instant now) {
    if (!online(call.caller())) {
      return call.left(call.caller(), now);
    }
    return call.acceptedDevice()
        .filter(callee -> !online(callee))
        .flatMap(gone -> call.left(gone, now));
  }

  private boolean online(UserDevice device) {
    return presence.connectedSince(device.user()).containsKey(device.device());
  }
}
