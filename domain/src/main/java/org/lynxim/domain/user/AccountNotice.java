package org.lynxim.domain.user;

import java.util.Objects;

/** A change to a user's own account, told to all of the user's online devices (notice, cmd 7). */
public sealed interface AccountNotice {

  /** The user blocked or unblocked another user. */
  record BlockChanged(UserId user, boolean blocked) implements AccountNotice {
    public BlockChanged {
      Objects.requireNonNull(user, "user");
    }
  }

  /** The user's settings changed; they are all given. */
  record SettingsChanged(UserSettings settings) implements AccountNotice {
    public SettingsChanged {
      Objects.requireNonNull(settings, "settings");
    }
  }
}
