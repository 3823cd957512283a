package org.lynxim.application.presence.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.lynxim.domain.user.UserId;

/** When each user was last seen going offline; durable. */
public interface LastSeenStore {

  void record(UserId user, Instant at);

  /** The users' last-seen times; a user never seen offline is left out. */
  Map<UserId, Instant> of(Collection<UserId> users);
}
