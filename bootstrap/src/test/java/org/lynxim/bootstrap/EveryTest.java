package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EveryTest {

  @Test
  void a_round_that_fails_even_with_an_error_leaves_the_next_rounds_running() throws Exception {
    AtomicInteger rounds = new AtomicInteger();
    CountDownLatch later = new CountDownLatch(3);
    Runnable task =
        () -> {
          int round = rounds.incrementAndGet();
          if (round == 1) {
            throw new IllegalStateException("the store is down");
          }
          if (round == 2) {
            throw new StackOverflowError("a bug");
          }
          later.countDown();
        };

    try (Every every = Every.start("test-upkeep", Duration.ofMillis(10), task)) {
      assertThat(later.await(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(rounds.get()).isGreaterThanOrEqualTo(5);
  }
}
