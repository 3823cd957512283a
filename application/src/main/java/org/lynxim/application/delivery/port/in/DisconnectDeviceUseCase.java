package org.lynxim.application.delivery.port.in;

import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/** A device's connection to this node closed: it is no longer listed online here. */
public interface DisconnectDeviceUseCase {
  void disconnected(UserId user, DeviceId device);
}
