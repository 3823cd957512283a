package org.lynxim.application.presence.port.in;

import org.lynxim.domain.user.UserId;

/**
 * Tells a user's friends that the user came online or went offline (cmd 23). Driven by delivery:
 * when a user's first device connects, on any node, and when its last leaves. Going offline is told
 * only after a grace period, and not at all when the user is back by then (no "online" either).
 * Best effort: never throws.
 */
public interface AnnouncePresenceUseCase {

  /** The user's first device connected. */
  void arrived(UserId user);

  /** The user's last device left. */
  void left(UserId user);
}
