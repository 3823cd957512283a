package org.lynxim.application.account.service;

import org.lynxim.application.account.port.in.UpdateSettingsUseCase;
import org.lynxim.application.account.port.out.UserSettingsStore;
import org.lynxim.application.delivery.port.in.NotifyAccountUseCase;
import org.lynxim.domain.notice.AccountNotice;
import org.lynxim.domain.user.SettingsChange;
import org.lynxim.domain.user.UserId;
import org.lynxim.domain.user.UserSettings;

/** Applies a change to the stored settings, stores them, and tells the user's devices. */
public final class UpdateSettingsService implements UpdateSettingsUseCase {
  private final UserSettingsStore settings;
  private final NotifyAccountUseCase notify;

  public UpdateSettingsService(UserSettingsStore settings, NotifyAccountUseCase notify) {
    this.settings = settings;
    this.notify = notify;
  }

  @Override
  public UserSettings update(UserId user, SettingsChange change) {
    UserSettings changed = change.applyTo(settings.settingsOf(user));
    settings.save(user, changed);
    notify.notify(user, new AccountNotice.SettingsChanged(changed));
    return changed;
  }
}
