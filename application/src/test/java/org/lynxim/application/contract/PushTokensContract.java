package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lynxim.application.delivery.port.out.PushTokens;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.PushPlatform;
import org.lynxim.domain.user.PushToken;
import org.lynxim.domain.user.UserId;

/** What every {@link PushTokens} must do. */
public abstract class PushTokensContract {
  private final UserId user =
      UserId.of("u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
  private final DeviceId phone = DeviceId.of("phone");
  private final DeviceId laptop = DeviceId.of("laptop");

  protected abstract PushTokens newTokens();

  @Test
  void a_device_has_one_token_the_latest_set() {
    PushTokens tokens = newTokens();
    PushToken first = new PushToken(PushPlatform.FCM, "first");
    PushToken second = new PushToken(PushPlatform.APNS, "x".repeat(PushToken.MAX_LENGTH));

    tokens.set(user, phone, first);
    tokens.set(user, phone, second);
    tokens.set(user, laptop, first);

    assertThat(tokens.of(user)).isEqualTo(Map.of(phone, second, laptop, first));
  }

  @Test
  void a_removed_token_is_gone_and_removing_none_changes_nothing() {
    PushTokens tokens = newTokens();
    tokens.set(user, phone, new PushToken(PushPlatform.WEBPUSH, "t"));

    tokens.remove(user, phone);
    tokens.remove(user, laptop);

    assertThat(tokens.of(user)).isEmpty();
  }
}
