package org.lynxim.application.call.port.in;

import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/** A device's connection closed: if it was a party to a call, the call is hung up. */
public interface HangUpLeftDeviceUseCase {
  void left(UserId user, DeviceId device);
}
