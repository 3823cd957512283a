package org.lynxim.adapter.out.auth;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.lynxim.application.account.port.out.PasswordHasher;
import org.lynxim.domain.error.RateLimitedException;
import org.lynxim.domain.user.Password;

/**
 * Keeps password hashing from taking the CPU from the message path. Hashes run on a few platform
 * threads of their own: a virtual thread hashing would hold one of the few carrier threads that
 * every WebSocket and request shares, and two at once stall a 2-core node. At most {@code threads}
 * hashes run at once; a caller that finds them busy waits up to {@code wait}, then gets {@link
 * RateLimitedException} (429 with Retry-After) instead of a place in an ever longer line.
 */
public final class BoundedPasswordHasher implements PasswordHasher, AutoCloseable {
  private final PasswordHasher hasher;
  private final Semaphore permits;
  private final Duration wait;
  private final ExecutorService hashing;

  public BoundedPasswordHasher(PasswordHasher hasher, int threads, Duration wait) {
    if (threads < 1) {
      throw new IllegalArgumentException("at least one hashing thread is needed");
    }
    this.hasher = hasher;
    this.permits = new Semaphore(threads, true);
    this.wait = wait;
    this.hashing =
        Executors.newFixedThreadPool(
            threads, Thread.ofPlatform().name("lynx-password-", 0).daemon().factory());
  }

  @Override
  public String hash(Password password) {
    return bounded(() -> hasher.hash(password));
  }

  @Override
  public boolean matches(Password password, String hash) {
    return bounded(() -> hasher.matches(password, hash));
  }

  private <T> T bounded(Supplier<T> work) {
    try {
      if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new RateLimitedException("too many logins at once; retry later");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RateLimitedException("interrupted while waiting to check a password");
    }
    try {
      return CompletableFuture.supplyAsync(work, hashing).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    } finally {
      permits.release();
    }
  }

  @Override
  public void close() {
    hashing.shutdown();
  }
}
