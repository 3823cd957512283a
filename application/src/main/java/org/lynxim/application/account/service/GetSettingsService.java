package org.lynxim.application.account.service;

import org.lynxim.application.account.port.in.GetSettingsUseCase;
import org.lynxim.application.account.port.out.UserSettingsStore;
import org.lynxim.domain.user.UserId;
import org.lynxim.domain.user.UserSettings;

/** Reads the caller's settings. */
public final class GetSettingsService implements GetSettingsUseCase {
  private final UserSettingsStore settings;

  public GetSettingsService(UserSettingsStore settings) {
    this.settings = settings;
  }

  @Override
  public UserSettings settings(UserId user) {
    return settings.settingsOf(user);
  }
}
