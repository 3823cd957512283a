package org.lynxim.application.delivery.port.in;

import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/** Drops the push token of one of the caller's devices (nothing happens if it has none). */
public interface RemovePushTokenUseCase {
  void remove(UserId user, DeviceId device);
}
