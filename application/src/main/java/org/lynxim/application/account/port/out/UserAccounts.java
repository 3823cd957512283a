package org.lynxim.application.account.port.out;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.lynxim.domain.error.NotFoundException;
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

  /** Checks that every one of the users is registered, or names one that is not. */
  default void requireRegistered(Collection<UserId> ids) {
    Set<UserId> missing = new HashSet<>(ids);
    missing.removeAll(existing(Set.copyOf(ids)));
    if (!missing.isEmpty()) {
      throw new NotFoundException("no such user: " + missing.iterator().next());
    }
  }
}
