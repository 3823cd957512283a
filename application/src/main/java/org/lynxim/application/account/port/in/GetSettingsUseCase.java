package org.lynxim.application.account.port.in;

import org.lynxim.domain.user.UserId;
import org.lynxim.domain.user.UserSettings;

/** The caller's own settings (the defaults until changed). */
public interface GetSettingsUseCase {
  UserSettings settings(UserId user);
}
