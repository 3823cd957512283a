package org.lynxim.application.delivery.port.in;

import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.DeviceStatus;
import org.lynxim.domain.user.PushToken;
import org.lynxim.domain.user.UserId;

/** Sets the push token of one of the caller's devices and answers the device. */
public interface SetPushTokenUseCase {
  DeviceStatus set(UserId user, DeviceId device, PushToken token);
}
