package org.lynxim.domain.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a user is online (a device connected, on any node) and, when not, when its last device
 * left ({@code lastSeen}; empty for a user never seen, and while online).
 */
public record UserPresence(UserId user, boolean online, Optional<Instant> lastSeen) {
  public UserPresence {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(lastSeen, "lastSeen");
    if (online && lastSeen.isPresent()) {
      throw new IllegalArgumentException("an online user has no last_seen");
    }
  }
}
