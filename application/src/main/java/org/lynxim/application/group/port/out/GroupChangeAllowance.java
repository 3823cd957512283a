package org.lynxim.application.group.port.out;

import org.lynxim.domain.user.UserId;

/**
 * How many groups a user may create and member additions a user may make in a while: a token bucket
 * per user, so that one user cannot fill another's conversation list with hundreds of groups. Safe
 * for concurrent use, never blocks.
 */
public interface GroupChangeAllowance {

  /** Takes one change from the user's allowance; false when it is used up for now. */
  boolean tryTake(UserId actor);

  /** No limit at all, for tests of other things. */
  GroupChangeAllowance UNLIMITED = actor -> true;
}
