package org.lynxim.application.account.port.in;

import org.lynxim.domain.user.SettingsChange;
import org.lynxim.domain.user.UserId;
import org.lynxim.domain.user.UserSettings;

/**
 * Changes some of the caller's settings and answers all of them; every online device of the user
 * (the one that asked included) gets the notice {@code settings_changed} with them.
 */
public interface UpdateSettingsUseCase {
  UserSettings update(UserId user, SettingsChange change);
}
