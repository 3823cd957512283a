package org.lynxim.domain.user;

import java.util.Objects;
import java.util.Optional;

/** Some of a user's settings, to change; what is empty stays as it is. */
public record SettingsChange(
    Optional<DirectMessages> directMessages,
    Optional<Boolean> readReceipts,
    Optional<Boolean> pushPreview) {

  public SettingsChange {
    Objects.requireNonNull(directMessages, "directMessages");
    Objects.requireNonNull(readReceipts, "readReceipts");
    Objects.requireNonNull(pushPreview, "pushPreview");
  }

  /** The settings after the change. */
  public UserSettings applyTo(UserSettings settings) {
    return new UserSettings(
        directMessages.orElse(settings.directMessages()),
        readReceipts.orElse(settings.readReceipts()),
        pushPreview.orElse(settings.pushPreview()));
  }
}
