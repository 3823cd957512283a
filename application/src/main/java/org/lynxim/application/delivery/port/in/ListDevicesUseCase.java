package org.lynxim.application.delivery.port.in;

import java.util.List;
import org.lynxim.domain.user.DeviceStatus;
import org.lynxim.domain.user.UserId;

/** The caller's devices that are online now (on any node) or have a push token, by device id. */
public interface ListDevicesUseCase {
  List<DeviceStatus> devices(UserId user);
}
