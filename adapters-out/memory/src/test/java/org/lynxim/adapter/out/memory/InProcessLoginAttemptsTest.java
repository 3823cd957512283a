package org.lynxim.adapter.out.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InProcessLoginAttemptsTest {

  @Test
  void a_username_with_its_failures_used_up_may_not_try_from_any_address() {
    InProcessLoginAttempts attempts = new InProcessLoginAttempts(3, 100, Duration.ofMinutes(1));
    for (int i = 0; i < 3; i++) {
      assertThat(attempts.mayTry("alice", "10.0.0." + i)).isTrue();
      attempts.failed("alice", "10.0.0." + i);
    }

    assertThat(attempts.mayTry("alice", "10.0.0.99")).isFalse();
    assertThat(attempts.mayTry("bob", "10.0.0.1")).isTrue();
  }

  @Test
  void an_address_with_its_failures_used_up_may_not_try_any_username() {
    InProcessLoginAttempts attempts = new InProcessLoginAttempts(100, 3, Duration.ofMinutes(1));
    for (int i = 0; i < 3; i++) {
      attempts.failed("user" + i, "10.0.0.1");
    }

    assertThat(attempts.mayTry("someone-else", "10.0.0.1")).isFalse();
    assertThat(attempts.mayTry("someone-else", "10.0.0.2")).isTrue();
  }

  @Test
  void the_allowance_comes_back_with_time() {
    InProcessLoginAttempts attempts = new InProcessLoginAttempts(1, 100, Duration.ofMillis(300));
    attempts.failed("alice", "10.0.0.1");
    assertThat(attempts.mayTry("alice", "10.0.0.1")).isFalse();

    await().atMost(Duration.ofSeconds(3)).until(() -> attempts.mayTry("alice", "10.0.0.1"));
  }
}
