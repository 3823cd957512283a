package org.lynxim.adapter.out.memory;

import java.time.Duration;
import org.lynxim.application.group.port.out.GroupChangeAllowance;
import org.lynxim.domain.user.UserId;

/**
 * Group changes counted in this process, a token bucket per user ({@link KeyedBuckets}). In the
 * cluster shape each node counts its own.
 */
public final class InProcessGroupChangeAllowance implements GroupChangeAllowance {
  private final KeyedBuckets users;

  /**
   * @param perMinute changes a user may keep up per minute
   * @param burst changes a user may make at once
   */
  public InProcessGroupChangeAllowance(long perMinute, long burst) {
    this.users = new KeyedBuckets(burst, perMinute, Duration.ofMinutes(1));
  }

  @Override
  public boolean tryTake(UserId actor) {
    return users.tryConsume(actor.value());
  }
}
