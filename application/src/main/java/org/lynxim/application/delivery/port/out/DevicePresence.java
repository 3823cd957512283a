package org.lynxim.application.delivery.port.out;

import java.util.Collection;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * Where devices are connected, for the nodes of a cluster: a device that connects to one node
 * replaces its older connection on any other node, and a shared table says which node each online
 * device is on, kept alive by heartbeats. Best effort and non-blocking.
 */
public interface DevicePresence {

  /** The device connected to this node. */
  void connected(UserId user, DeviceId device);

  /** The device's connection to this node closed. */
  default void disconnected(UserId user, DeviceId device) {}

  /** These devices are still connected to this node (called every few seconds). */
  default void stillConnected(Collection<Device> devices) {}

  /** A user's device. */
  record Device(UserId user, DeviceId device) {}

  /** One process: nothing to tell anyone. */
  DevicePresence NONE = (user, device) -> {};
}
