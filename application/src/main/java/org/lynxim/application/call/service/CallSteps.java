package org.lynxim.application.call.service;

import java.util.List;
import java.util.Optional;
import org.lynxim.application.call.port.out.CallStore;
import org.lynxim.application.delivery.port.in.RelaySignalUseCase;
import org.lynxim.application.messaging.port.in.AppendCallLogUseCase;
import org.lynxim.domain.call.Call;
import org.lynxim.domain.call.CallAction;
import org.lynxim.domain.call.CallEvent;
import org.lynxim.domain.call.CallStep;
import org.lynxim.domain.call.Recipients;
import org.lynxim.domain.notice.Audience;
import org.lynxim.domain.notice.Signal;
import org.lynxim.domain.user.UserDevice;

/**
 * Carries out what a call's step says, for every call service: stores the call as it is after the
 * step (only if nobody changed it meanwhile), tells the devices, and stores the log of a call that
 * ended. Not a use case.
 */
public final class CallSteps {
  private final CallStore calls;
  private final RelaySignalUseCase relay;
  private final AppendCallLogUseCase logs;

  public CallSteps(CallStore calls, RelaySignalUseCase relay, AppendCallLogUseCase logs) {
    this.calls = calls;
    this.relay = relay;
    this.logs = logs;
  }

  /**
   * @return false when the call changed since {@code before} was read: nothing was stored or told,
   *     and the caller reads it again
   */
  boolean apply(Call before, CallStep step, Optional<String> sdp, Optional<String> candidate) {
    Call after = step.call();
    if (after.version() != before.version() && !calls.replace(before, after)) {
      return false;
    }
    tell(after, step.events(), sdp, candidate);
    step.log().ifPresent(log -> logs.append(after, log));
    return true;
  }

  void tell(Call call, List<CallEvent> events, Optional<String> sdp, Optional<String> candidate) {
    for (CallEvent event : events) {
      boolean sessionData = event.action().isSessionData();
      boolean sdpToo = sessionData || carriesSdp(event.action());
      relay.relay(
          audience(event.to()),
          new Signal.CallSignal(
              call.id(),
              event.action(),
              call.conversation(),
              event.from(),
              event.action() == CallAction.INVITE ? Optional.of(call.media()) : Optional.empty(),
              sdpToo ? sdp : Optional.empty(),
              sessionData ? candidate : Optional.empty()));
    }
  }

  /** An invite and an accept may carry the caller's offer and the callee's answer. */
  private static boolean carriesSdp(CallAction action) {
    return action == CallAction.INVITE || action == CallAction.ACCEPT;
  }

  private static Audience audience(Recipients to) {
    return switch (to) {
      case Recipients.Device device -> Audience.device(device.device());
      case Recipients.AllDevices all -> Audience.of(List.of(all.user()));
      case Recipients.AllDevicesBut allBut ->
          Audience.allBut(List.of(allBut.user()), new UserDevice(allBut.user(), allBut.except()));
    };
  }
}
