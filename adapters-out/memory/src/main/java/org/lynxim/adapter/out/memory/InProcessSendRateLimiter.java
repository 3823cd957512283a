package org.lynxim.adapter.out.memory;

import java.time.Duration;
import java.util.Optional;
import org.lynxim.application.messaging.port.out.SendRateLimiter;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * Token buckets in this process ({@link KeyedBuckets}): one per user and device, and one per user
 * over all its devices. A bucket that has refilled to its capacity is the same as a new one, so
 * full buckets are dropped now and then to keep memory bounded by the devices that sent recently.
 */
public final class InProcessSendRateLimiter implements SendRateLimiter {
  private static final String NO_DEVICE = "";

  private final KeyedBuckets devices;
  private final KeyedBuckets users;

  /**
   * @param perSecond sends per second a device may keep up for ever
   * @param burst sends a device may make at once after a pause
   * @param userPerSecond sends per second a user may keep up over all its devices
   * @param userBurst sends a user may make at once over all its devices
   */
  public InProcessSendRateLimiter(long perSecond, long burst, long userPerSecond, long userBurst) {
    this.devices = new KeyedBuckets(burst, perSecond, Duration.ofSeconds(1));
    this.users = new KeyedBuckets(userBurst, userPerSecond, Duration.ofSeconds(1));
  }

  @Override
  public boolean tryAcquire(UserId user, Optional<DeviceId> device) {
    String deviceKey = user.value() + "/" + device.map(DeviceId::value).orElse(NO_DEVICE);
    return devices.tryConsume(deviceKey) && users.tryConsume(user.value());
  }
}
