package org.lynxim.application.delivery.port.in;

import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * A device connected to this node: it is listed online, and its older connection on any other node
 * is closed (one connection per device in the whole cluster). Best effort and non-blocking.
 */
public interface ConnectDeviceUseCase {
  void connected(UserId user, DeviceId device);
}
