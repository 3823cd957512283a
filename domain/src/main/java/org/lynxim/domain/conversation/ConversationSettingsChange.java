package org.lynxim.domain.conversation;

import java.util.Objects;
import java.util.Optional;

/**
 * Some of a user's settings for a conversation, to change; what is empty stays. {@code draft}
 * holding empty clears the draft.
 */
public record ConversationSettingsChange(
    Optional<Boolean> pinned, Optional<Boolean> muted, Optional<Optional<Draft>> draft) {
  public ConversationSettingsChange {
    Objects.requireNonNull(pinned, "pinned");
    Objects.requireNonNull(muted, "muted");
    Objects.requireNonNull(draft, "draft");
  }
}
