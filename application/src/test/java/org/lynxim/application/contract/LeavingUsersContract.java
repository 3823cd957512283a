package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lynxim.application.presence.port.out.LeavingUsers;
import org.lynxim.domain.user.UserId;

/** What every {@link LeavingUsers} must do. */
public abstract class LeavingUsersContract {
  private final UserId user =
      UserId.of("l" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
  private final Instant first = Instant.ofEpochMilli(1_700_000_000_000L);
  private final Instant second = first.plusSeconds(3);

  protected abstract LeavingUsers newLeavingUsers();

  @Test
  void a_user_who_comes_back_finds_its_mark_once() {
    LeavingUsers leaving = newLeavingUsers();
    leaving.leaving(user, first);

    assertThat(leaving.returned(user)).isTrue();
    assertThat(leaving.returned(user)).isFalse();
    assertThat(leaving.stillGone(user, first)).as("came back").isFalse();
  }

  @Test
  void a_mark_settles_once_and_only_for_the_departure_that_made_it() {
    LeavingUsers leaving = newLeavingUsers();
    leaving.leaving(user, first);
    leaving.leaving(user, second);

    assertThat(leaving.stillGone(user, first)).as("left again since").isFalse();
    assertThat(leaving.stillGone(user, second)).isTrue();
    assertThat(leaving.stillGone(user, second)).isFalse();
    assertThat(leaving.returned(user)).isFalse();
  }
}
