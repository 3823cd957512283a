package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lynxim.application.messaging.port.out.SendRateLimiter;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/** What every {@link SendRateLimiter} must do. */
public abstract class SendRateLimiterContract {
  private final UserId user =
      UserId.of("u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
  private final Optional<DeviceId> phone = Optional.of(DeviceId.of("phone"));

  /** A limiter whose users are not held back beyond their devices' allowances. */
  protected SendRateLimiter newLimiter(long perSecond, long burst) {
    return newLimiter(perSecond, burst, 1_000_000, 1_000_000);
  }

  /**
   * @param userPerSecond sends per second one user may keep up over all its devices
   * @param userBurst sends one user may make at once over all its devices
   */
  protected abstract SendRateLimiter newLimiter(
      long perSecond, long burst, long userPerSecond, long userBurst);

  @Test
  void a_users_devices_together_are_held_to_the_users_allowance() {
    SendRateLimiter limiter = newLimiter(1, 10, 1, 15);
    int passed = 0;
    for (int device = 0; device < 5; device++) {
      Optional<DeviceId> id = Optional.of(DeviceId.of("device" + device));
      for (int i = 0; i < 10; i++) {
        passed += limiter.tryAcquire(user, id) ? 1 : 0;
      }
    }

    assertThat(passed).isEqualTo(15);
  }

  @Test
  void a_burst_up_to_its_size_passes_and_the_next_send_is_refused() {
    SendRateLimiter limiter = newLimiter(1, 40);

    for (int i = 0; i < 40; i++) {
      assertThat(limiter.tryAcquire(user, phone)).isTrue();
    }
    assertThat(limiter.tryAcquire(user, phone)).isFalse();
  }

  @Test
  void each_device_and_rest_have_their_own_allowance() {
    SendRateLimiter limiter = newLimiter(1, 1);

    assertThat(limiter.tryAcquire(user, phone)).isTrue();
    assertThat(limiter.tryAcquire(user, Optional.of(DeviceId.of("laptop")))).isTrue();
    assertThat(limiter.tryAcquire(user, Optional.empty())).isTrue();
    assertThat(limiter.tryAcquire(user, phone)).isFalse();
  }

  @Test
  void the_allowance_comes_back_with_time() throws InterruptedException {
    SendRateLimiter limiter = newLimiter(20, 2);
    assertThat(limiter.tryAcquire(user, phone)).isTrue();
    assertThat(limiter.tryAcquire(user, phone)).isTrue();
    assertThat(limiter.tryAcquire(user, phone)).isFalse();

    Thread.sleep(250);

    assertThat(limiter.tryAcquire(user, phone)).isTrue();
  }
}
