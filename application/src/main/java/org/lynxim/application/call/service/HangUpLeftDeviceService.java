package org.lynxim.application.call.service;

import java.time.Clock;
import java.util.Optional;
import org.lynxim.application.call.port.in.HangUpLeftDeviceUseCase;
import org.lynxim.application.call.port.out.CallStore;
import org.lynxim.domain.call.Call;
import org.lynxim.domain.call.CallStep;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/**
 * A party's device that disconnects hangs up its call; any other device leaving changes nothing.
 */
public final class HangUpLeftDeviceService implements HangUpLeftDeviceUseCase {
  private static final int ATTEMPTS = 8;

  private final CallStore calls;
  private final CallSteps steps;
  private final Clock clock;

  public HangUpLeftDeviceService(CallStore calls, CallSteps steps, Clock clock) {
    this.calls = calls;
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void left(UserId user, DeviceId device) {
    UserDevice gone = new UserDevice(user, device);
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Call> call = calls.ofUser(user);
      Optional<CallStep> hangUp = call.flatMap(found -> found.left(gone, clock.instant()));
      if (hangUp.isEmpty()
          || steps.apply(call.get(), hangUp.get(), Optional.empty(), Optional.empty())) {
        return;
      }
    }
  }
}
