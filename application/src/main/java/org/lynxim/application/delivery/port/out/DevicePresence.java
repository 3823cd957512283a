package org.lynxim.application.delivery.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/**
 * Which devices are online, on any node: a table every node writes its own devices into, kept alive
 * by heartbeats, so that an entry of a node that died expires by itself. Best effort: a failure to
 * write is retried by the next heartbeat scan, never thrown at the caller.
 */
public interface DevicePresence {

  /** The device connected to this node. */
  void connected(UserId user, DeviceId device);

  /** The device's connection to this node closed; an entry another node wrote since stays. */
  void disconnected(UserId user, DeviceId device);

  /** These devices are still connected to this node (called every few seconds). */
  void stillConnected(Collection<UserDevice> devices);

  /** The user's devices online now, on any node, each with when it connected. */
  Map<DeviceId, Instant> connectedSince(UserId user);
}
