package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.user.Nickname;
import org.lynxim.domain.user.UserAccount;
import org.lynxim.domain.user.UserId;

/** What every {@link UserAccounts} must do. */
public abstract class UserAccountsContract {
  private UserAccounts accounts;
  private String run;

  protected abstract UserAccounts newAccounts();

  @BeforeEach
  void setUp() {
    accounts = newAccounts();
    run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  @Test
  void an_added_account_is_found_with_its_hash_and_nickname() {
    UserAccount alice =
        new UserAccount(
            UserId.of("alice" + run), "$2a$hash", Optional.of(new Nickname("Alice \u00c5")));
    accounts.add(alice);

    assertThat(accounts.find(alice.id())).contains(alice);
    assertThat(accounts.exists(alice.id())).isTrue();
  }

  @Test
  void a_taken_id_is_a_conflict() {
    UserAccount bob = new UserAccount(UserId.of("bob" + run), "h1", Optional.empty());
    accounts.add(bob);

    assertThatThrownBy(() -> accounts.add(new UserAccount(bob.id(), "h2", Optional.empty())))
        .isInstanceOf(ConflictException.class);
    assertThat(accounts.find(bob.id())).contains(bob);
  }

  @Test
  void existing_tells_which_ids_are_registered() {
    UserId carol = UserId.of("carol" + run);
    UserId nobody = UserId.of("nobody" + run);
    accounts.add(new UserAccount(carol, "h", Optional.empty()));

    assertThat(accounts.existing(List.of(carol, nobody))).containsExactly(carol);
    assertThat(accounts.find(nobody)).isEmpty();
    assertThat(accounts.existing(List.of())).isEmpty();
  }
}
