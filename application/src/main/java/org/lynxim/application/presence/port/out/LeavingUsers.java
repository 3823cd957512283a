package org.lynxim.application.presence.port.out;

import java.time.Instant;
import org.lynxim.domain.user.UserId;

/**
 * Users whose last device left a moment ago and whose going offline is not told yet, seen by every
 * node: a user who comes back on another node must find the mark its leaving left. A mark outlives
 * the grace period a little and then goes by itself.
 */
public interface LeavingUsers {

  /** The user's last device left at {@code at}; replaces an older mark. */
  void leaving(UserId user, Instant at);

  /** The user is back: removes its mark and tells whether there was one. */
  boolean returned(UserId user);

  /**
   * Removes the mark if it is still the one made at {@code at}, and tells whether it was: the user
   * neither came back nor left again since.
   */
  boolean stillGone(UserId user, Instant at);
}
