package org.lynxim.adapter.out.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lynxim.application.account.port.out.PasswordHasher;
import org.lynxim.domain.error.RateLimitedException;
import org.lynxim.domain.user.Password;

class BoundedPasswordHasherTest {
  private final Password password = new Password("a-password");

  /** A hasher that holds every call until it is let go, and counts how many run at once. */
  private static final class Held implements PasswordHasher {
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    volatile String thread;

    @Override
    public String hash(Password password) {
      thread = Thread.currentThread().getName();
      mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      running.decrementAndGet();
      return "hash";
    }

    @Override
    public boolean matches(Password password, String hash) {
      return hash(password).equals(hash);
    }
  }

  @Test
  void hashes_run_on_threads_of_their_own_and_a_caller_past_the_bound_is_refused()
      throws Exception {
    Held held = new Held();
    BoundedPasswordHasher bounded = new BoundedPasswordHasher(held, 1, Duration.ofMillis(200));
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(() -> bounded.hash(password), Thread::startVirtualThread);
    while (held.running.get() == 0) {
      Thread.sleep(5);
    }

    assertThatThrownBy(() -> bounded.hash(password)).isInstanceOf(RateLimitedException.class);
    held.release.countDown();
    assertThat(first.get()).isEqualTo("hash");
    assertThat(held.mostAtOnce).hasValue(1);
    assertThat(held.thread).startsWith("lynx-password-");
    assertThat(bounded.matches(password, "hash")).isTrue();
    bounded.close();
  }
}
