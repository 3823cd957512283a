package org.lynxim.adapter.out.memory;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lynxim.application.delivery.port.out.DevicePresence;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/**
 * The presence table of a single process: its own connections are all there is, so a device is
 * online from its connect to its disconnect.
 */
public final class InProcessDevicePresence implements DevicePresence {
  private final Map<UserId, Map<DeviceId, Instant>> online = new ConcurrentHashMap<>();
  private final Clock clock;

  public InProcessDevicePresence(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void connected(UserId user, DeviceId device) {
    online.computeIfAbsent(user, u -> new ConcurrentHashMap<>()).put(device, clock.instant());
  }

  @Override
  public void disconnected(UserId user, DeviceId device) {
    online.computeIfPresent(
        user,
        (u, devices) -> {
          devices.remove(device);
          return devices.isEmpty() ? null : devices;
        });
  }

  /**
   * Nothing to refresh: connect and disconnect keep the table exact, and nothing expires. (Adding
   * the devices again could bring back one that disconnected while the scan was under way.)
   */
  @Override
  public void stillConnected(Collection<UserDevice> devices) {}

  @Override
  public Map<DeviceId, Instant> connectedSince(UserId user) {
    return Map.copyOf(online.getOrDefault(user, Map.of()));
  }
}
