package org.lynxim.adapter.out.memory;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.lynxim.application.account.port.out.LoginAttempts;

/**
 * Failed logins counted in this process: a token bucket per username and one per client address
 * (Bucket4j), each holding its allowance and refilled in full over {@code period}. Buckets that are
 * full again are swept now and then, so that many names or addresses do not pile up. In the cluster
 * shape each node counts its own: a guesser spread over N nodes gets N allowances.
 */
public final class InProcessLoginAttempts implements LoginAttempts {
  private static final int SWEEP_EVERY = 10_000;

  private final Limit perUser;
  private final Limit perAddress;

  /**
   * @param failuresPerUser failed logins a username may have within {@code period}
   * @param failuresPerAddress failed logins one client address may have within {@code period}
   */
  public InProcessLoginAttempts(int failuresPerUser, int failuresPerAddress, Duration period) {
    this.perUser = new Limit(failuresPerUser, period);
    this.perAddress = new Limit(failuresPerAddress, period);
  }

  @Override
  public boolean mayTry(String username, String clientAddress) {
    return perUser.hasRoom(username) && perAddress.hasRoom(clientAddress);
  }

  @Override
  public void failed(String username, String clientAddress) {
    perUser.take(username);
    perAddress.take(clientAddress);
  }

  /** Buckets by key, all with the same allowance. */
  private static final class Limit {
    private final long allowance;
    private final Duration period;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicInteger untilSweep = new AtomicInteger(SWEEP_EVERY);

    Limit(long allowance, Duration period) {
      if (allowance < 1 || period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("login limits must be positive");
      }
      this.allowance = allowance;
      this.period = period;
    }

    boolean hasRoom(String key) {
      Bucket bucket = buckets.get(key);
      return bucket == null || bucket.getAvailableTokens() > 0;
    }

    void take(String key) {
      if (untilSweep.decrementAndGet() <= 0) {
        untilSweep.set(SWEEP_EVERY);
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= allowance);
      }
      buckets.computeIfAbsent(key, k -> newBucket()).tryConsume(1);
    }

    private Bucket newBucket() {
      return Bucket.builder()
          .addLimit(Bandwidth.builder().capacity(allowance).refillGreedy(allowance, period).build())
          .build();
    }
  }
}
