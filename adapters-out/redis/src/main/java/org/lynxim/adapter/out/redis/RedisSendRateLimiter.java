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
  private final long burst;
  private final Duration window;
  private final Duration expiry;

  RedisSendRateLimiter(RedisConnection redis, long perSecond, long burst) {
    if (perSecond < 1 || burst < 1) {
      throw new IllegalArgumentException("rate and burst must be positive");
    }
    this.redis = redis;
    this.burst = burst;
    this.window = Duration.ofMillis(Math.max(1, burst * 1000 / perSecond));
    // Redisson wants a limiter to outlive its window.
    this.expiry = window.compareTo(IDLE_EXPIRY) > 0 ? window.multipliedBy(2) : IDLE_EXPIRY;
  }

  @Override
  public boolean tryAcquire(UserId user, Optional<DeviceId> device) {
    String name = "rate:" + user.value() + "/" + device.map(DeviceId::value).orElse("");
    try {
      RRateLimiter limiter = redis.client().getRateLimiter(redis.key(name));
      limiter.trySetRate(RateType.OVERALL, burst, window, expiry);
      return limiter.tryAcquire();
    } catch (RedisException e) {
      return true;
    }
  }
}
