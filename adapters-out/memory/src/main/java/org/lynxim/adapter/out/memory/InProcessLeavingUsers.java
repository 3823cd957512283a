package org.lynxim.adapter.out.memory;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lynxim.application.presence.port.out.LeavingUsers;
import org.lynxim.domain.user.UserId;

/**
 * Leaving marks of a single process. Nothing expires: the timer that settles a mark runs in this
 * process too, and a process that dies takes its marks with it.
 */
public final class InProcessLeavingUsers implements LeavingUsers {
  private final Map<UserId, Instant> marks = new ConcurrentHashMap<>();

  @Override
  public void leaving(UserId user, Instant at) {
    marks.put(user, at);
  }

  @Override
  public boolean returned(UserId user) {
    return marks.remove(user) != null;
  }

  @Override
  public boolean stillGone(UserId user, Instant at) {
    return marks.remove(user, at);
  }
}
