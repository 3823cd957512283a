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

  @Test
  void the_tokens_of_many_users_come_in_one_answer_without_those_with_none() {
    PushTokens tokens = newTokens();
    UserId other = UserId.of(user.value() + "o");
    UserId none = UserId.of(user.value() + "n");
    PushToken one = new PushToken(PushPlatform.FCM, "one");
    PushToken two = new PushToken(PushPlatform.APNS, "two");
    tokens.set(user, phone, one);
    tokens.set(other, laptop, two);

    assertThat(tokens.ofUsers(java.util.List.of(user, other, none, user)))
        .isEqualTo(Map.of(user, Map.of(phone, one), other, Map.of(laptop, two)));
  }
}
