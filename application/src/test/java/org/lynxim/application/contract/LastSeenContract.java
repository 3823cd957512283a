package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.application.presence.port.out.LastSeenStore;
import org.lynxim.domain.user.UserAccount;
import org.lynxim.domain.user.UserId;

/** What every {@link LastSeenStore} must do. */
public abstract class LastSeenContract {
  private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

  /** The store and the accounts of the same users. */
  protected abstract LastSeenStore newStore(UserAccounts accounts);

  protected abstract UserAccounts newAccounts();

  @Test
  void the_latest_departure_is_kept_and_users_never_seen_are_left_out() {
    UserAccounts accounts = newAccounts();
    LastSeenStore store = newStore(accounts);
    UserId ann = UserId.of("ann" + run);
    UserId bob = UserId.of("bob" + run);
    accounts.add(new UserAccount(ann, "hash", Optional.empty()));
    accounts.add(new UserAccount(bob, "hash", Optional.empty()));

    store.record(ann, Instant.ofEpochMilli(1_000));
    store.record(ann, Instant.ofEpochMilli(2_000));

    assertThat(store.of(List.of(ann, bob, UserId.of("nobody" + run))))
        .isEqualTo(Map.of(ann, Instant.ofEpochMilli(2_000)));
    assertThat(store.of(List.of())).isEmpty();
  }
}
