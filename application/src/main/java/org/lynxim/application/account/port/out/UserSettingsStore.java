package org.lynxim.application.account.port.out;

import java.util.Collection;
import java.util.Set;
import org.lynxim.domain.user.UserId;
import org.lynxim.domain.user.UserSettings;

/** Each user's own settings; durable. A user who never changed them has the defaults. */
public interface UserSettingsStore {

  UserSettings settingsOf(UserId user);

  /** Those of the users who turned read receipts off (unknown users are left out). */
  Set<UserId> withoutReadReceipts(Collection<UserId> users);

  /** Stores all of the user's settings at once. */
  void save(UserId user, UserSettings settings);
}
