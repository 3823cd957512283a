package org.lynxim.adapter.out.memory;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.domain.user.UserAccount;
import org.lynxim.domain.user.UserId;

/**
 * Which users exist, remembered in front of the durable accounts: accounts are never deleted, so a
 * user once seen to exist always will, on every node. Spares a query per direct-chat send.
 */
public final class RememberedUsers implements UserAccounts {
  private final UserAccounts accounts;
  private final int capacity;
  private final Set<UserId> known = ConcurrentHashMap.newKeySet();

  /**
   * @param capacity how many users to remember; past it, all are forgotten and read again
   */
  public RememberedUsers(UserAccounts accounts, int capacity) {
    this.accounts = accounts;
    this.capacity = capacity;
  }

  @Override
  public void add(UserAccount account) {
    accounts.add(account);
  }

  @Override
  public Optional<UserAccount> find(UserId id) {
    return accounts.find(id);
  }

  @Override
  public Set<UserId> existing(Collection<UserId> ids) {
    if (known.containsAll(ids)) {
      return Set.copyOf(ids);
    }
    Set<UserId> existing = accounts.existing(ids);
    if (known.size() + existing.size() > capacity) {
      known.clear();
    }
    known.addAll(existing);
    return new HashSet<>(existing);
  }
}
