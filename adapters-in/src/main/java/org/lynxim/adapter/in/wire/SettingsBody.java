package org.lynxim.adapter.in.wire;

import org.lynxim.domain.user.UserSettings;

/** A user's settings, as REST answers them and the notice {@code settings_changed} carries them. */
public record SettingsBody(String directMessages, boolean readReceipts, boolean pushPreview) {

  public static SettingsBody from(UserSettings settings) {
    return new SettingsBody(
        settings.directMessages().wireName(), settings.readReceipts(), settings.pushPreview());
  }
}
