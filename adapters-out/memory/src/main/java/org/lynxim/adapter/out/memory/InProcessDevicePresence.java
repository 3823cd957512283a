package org.lynxim.adapter.out.memory;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
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
  public boolean connected(UserId user, DeviceId device) {
    boolean[] first = new boolean[1];
    online.compute(
        user,
        (u, devices) -> {
          Map<DeviceId, Instant> now = devices == null ? new ConcurrentHashMap<>() : devices;
          first[0] = now.isEmpty();
          now.put(device, clock.instant());
          return now;
        });
    return first[0];
  }

  @Override
  public boolean disconnected(UserId user, DeviceId device) {
    boolean[] last = new boolean[1];
    online.computeIfPresent(
        user,
        (u, devices) -> {
          last[0] = devices.remove(device) != null && devices.isEmpty();
          return devices.isEmpty() ? null : devices;
        });
    return last[0];
  }

  @Override
  public Set<UserId> online(Collection<UserId> users) {
    return users.stream().filter(online::containsKey).collect(Collectors.toSet());
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
