package org.lynxim.application.delivery.port.in;

import java.time.Instant;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * A device connected to this node: it is listed online, and its older connection on any other node
 * is closed (one connection per device in the whole cluster). Best effort and non-blocking.
 */
public interface ConnectDeviceUseCase {
  /**
   * @param connectedAt when the connection opened, on this node's clock: the other nodes close only
   *     their connections of the device that are older
   */
  void connected(UserId user, DeviceId device, Instant connectedAt);
}
