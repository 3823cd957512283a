package org.lynxim.adapter.out.redis;

import java.time.Duration;
import java.util.Optional;
import org.lynxim.application.messaging.port.out.SendRateLimiter;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;
import org.redisson.api.RRateLimiter;
import org.redisson.api.RateType;
import org.redisson.client.RedisException;

/**
 * Send allowances shared by every node (Redisson's rate limiter): a device that reconnects to
 * another node keeps its allowance. {@code burst} sends per {@code burst / perSecond} seconds: as
 * many at once as a burst allows, and {@code perSecond} on average. A limiter idle for a minute (or
 * twice its window, if that is longer) expires. When Redis is down, sends are let through rather
 * than refused: rate limits protect the server, and storing stays correct without them.
 */
public final class RedisSendRateLimiter implements SendRateLimiter {
  private static final Duration IDLE_EXPIRY = Duration.ofMinutes(1);

  private final RedisConnection redis;
  private final Rate device;
  private final Rate user;

  RedisSendRateLimiter(
      RedisConnection redis, long perSecond, long burst, long userPerSecond, long userBurst) {
    this.redis = redis;
    this.device = Rate.of(perSecond, burst);
    this.user = Rate.of(userPerSecond, userBurst);
  }

  @Override
  public boolean tryAcquire(UserId sender, Optional<DeviceId> from) {
    String deviceName = "rate:" + sender.value() + "/" + from.map(DeviceId::value).orElse("");
    try {
      return take(deviceName, device) && take("rate-user:" + sender.value(), user);
    } catch (RedisException e) {
      return true;
    }
  }

  private boolean take(String name, Rate rate) {
    RRateLimiter limiter = redis.client().getRateLimiter(redis.key(name));
    limiter.trySetRate(RateType.OVERALL, rate.burst(), rate.window(), rate.expiry());
    return limiter.tryAcquire();
  }

  /** A bucket of {@code burst} sends refilled over {@code window}. */
  private record Rate(long burst, Duration window, Duration expiry) {
    static Rate of(long perSecond, long burst) {
      if (perSecond < 1 || burst < 1) {
        throw new IllegalArgumentException("rate and burst must be positive");
      }
      Duration window = Duration.ofMillis(Math.max(1, burst * 1000 / perSecond));
      // Redisson wants a limiter to outlive its window.
      return new Rate(
          burst, window, window.compareTo(IDLE_EXPIRY) > 0 ? window.multipliedBy(2) : IDLE_EXPIRY);
    }
  }
}
