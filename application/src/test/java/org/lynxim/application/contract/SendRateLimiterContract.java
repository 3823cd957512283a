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

  protected abstract SendRateLimiter newLimiter(long perSecond, long burst);

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
