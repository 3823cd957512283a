package org.lynxim.domain.user;

import java.util.Objects;

/**
 * A user's own settings: who may message them directly, whether they send read receipts, and
 * whether offline pushes show a preview of the message.
 */
public record UserSettings(
    DirectMessages directMessages, boolean readReceipts, boolean pushPreview) {

  /** What a new user has. */
  public static final UserSettings DEFAULTS = new UserSettings(DirectMessages.EVERYONE, true, true);

  public UserSettings {
    Objects.requireNonNull(directMessages, "directMessages");
  }
}
