package org.lynxim.adapter.out.memory;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Token buckets by key (Bucket4j), all with the same allowance: {@code capacity} at once, refilled
 * with {@code refill} tokens every {@code period}. Buckets that are full again are swept now and
 * then, so that many keys do not pile up. Safe for concurrent use, never blocks.
 */
final class KeyedBuckets {
  private static final int SWEEP_EVERY = 10_000;

  private final long capacity;
  private final long refill;
  private final Duration period;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final AtomicInteger untilSweep = new AtomicInteger(SWEEP_EVERY);

  KeyedBuckets(long capacity, long refill, Duration period) {
    if (capacity < 1 || refill < 1 || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("rates must be positive");
    }
    this.capacity = capacity;
    this.refill = refill;
    this.period = period;
  }

  /** Takes a token from the key's bucket; false when it is empty for now. */
  boolean tryConsume(String key) {
    if (untilSweep.decrementAndGet() <= 0) {
      untilSweep.set(SWEEP_EVERY);
      buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
    }
    return buckets.computeIfAbsent(key, k -> newBucket()).tryConsume(1);
  }

  /** Whether the key's bucket has a token left, without taking it. */
  boolean hasRoom(String key) {
    Bucket bucket = buckets.get(key);
    return bucket == null || bucket.getAvailableTokens() > 0;
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(refill, period).build())
        .build();
  }
}
