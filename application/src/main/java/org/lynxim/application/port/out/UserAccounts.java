package org.lynxim.application.port.out;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.lynxim.domain.user.UserAccount;
import org.lynxim.domain.user.UserId;

/** The registered users; durable. */
public interface UserAccounts {

  /**
   * Stores a new account.
   *
   * @throws org.lynxim.domain.error.ConflictException if the user id is taken
   */
  void add(UserAccount account);

  Optional<UserAccount> find(UserId id);

  /** Those of the given users that are registered. */
  Set<UserId> existing(Collection<UserId> ids);

  default boolean exists(UserId id) {
    return !existing(Set.of(id)).isEmpty();
  }
}
