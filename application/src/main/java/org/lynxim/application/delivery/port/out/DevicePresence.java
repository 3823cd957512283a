package org.lynxim.application.delivery.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/**
 * Which devices are online, on any node: a table every node writes its own devices into, kept alive
 * by heartbeats, so that an entry of a node that died expires by itself. Best effort: a failure to
 * write is retried by the next heartbeat scan, never thrown at the caller.
 */
public interface DevicePresence {

  /**
   * The device connected to this node.
   *
   * @return whether it is the user's first device online, on any node (false when that cannot be
   *     told, the table being out of reach)
   */
  boolean connected(UserId user, DeviceId device);

  /**
   * The device's connection to this node closed; an entry another node wrote since stays.
   *
   * @return whether that took the user's last device away, on any node
   */
  boolean disconnected(UserId user, DeviceId device);

  /** Those of the users with a device online now, on any node. */
  Set<UserId> online(Collection<UserId> users);

  /** These devices are still connected to this node (called every few seconds). */
  void stillConnected(Collection<UserDevice> devices);

  /** The user's devices online now, on any node, each with when it connected. */
  Map<DeviceId, Instant> connectedSince(UserId user);
}
