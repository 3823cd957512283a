package org.lynxim.adapter.out.memory;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.lynxim.application.messaging.port.out.SendRateLimiter;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * Token buckets (Bucket4j) in this process, one per user and device. A bucket that has refilled to
 * its capacity is the same as a new one, so full buckets are dropped now and then to keep memory
 * bounded by the devices that sent recently.
 */
public final class InProcessSendRateLimiter implements SendRateLimiter {
  private static final int SWEEP_EVERY = 10_000;
  private static final String NO_DEVICE = "";

  private final long burst;
  private final long perSecond;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final AtomicInteger untilSweep = new AtomicInteger(SWEEP_EVERY);

  /**
   * @param perSecond sends per second a device may keep up for ever
   * @param burst sends a device may make at once after a pause
   */
  public InProcessSendRateLimiter(long perSecond, long burst) {
    if (perSecond < 1 || burst < 1) {
      throw new IllegalArgumentException("rate and burst must be positive");
    }
    this.perSecond = perSecond;
    this.burst = burst;
  }

  @Override
  public boolean tryAcquire(UserId user, Optional<DeviceId> device) {
    if (untilSweep.decrementAndGet() <= 0) {
      untilSweep.set(SWEEP_EVERY);
      buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= burst);
    }
    String key = user.value() + "/" + device.map(DeviceId::value).orElse(NO_DEVICE);
    return buckets.computeIfAbsent(key, k -> newBucket()).tryConsume(1);
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(burst)
                .refillGreedy(perSecond, Duration.ofSeconds(1))
                .build())
        .build();
  }
}
