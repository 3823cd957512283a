package org.lynxim.application.service;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.lynxim.application.port.out.UserAccounts;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.user.UserId;

/** Checks that every user to put in a group is registered. */
final class GroupMembers {
  private GroupMembers() {}

  static void requireRegistered(UserAccounts accounts, Collection<UserId> users) {
    Set<UserId> wanted = new HashSet<>(users);
    Set<UserId> missing = new HashSet<>(wanted);
    missing.removeAll(accounts.existing(wanted));
    if (!missing.isEmpty()) {
      throw new NotFoundException("no such user: " + missing.iterator().next());
    }
  }
}
