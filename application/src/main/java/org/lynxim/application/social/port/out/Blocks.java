package org.lynxim.application.social.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.lynxim.domain.social.Block;
import org.lynxim.domain.user.UserId;

/** Who blocked whom; durable. Each method is one transaction. */
public interface Blocks {

  /**
   * Records that {@code blocker} blocks {@code blocked}, unless it does already. Answers the block
   * as stored (with its first {@code since}) and whether this call made it.
   */
  Blocking block(UserId blocker, UserId blocked, Instant now);

  /** The result of {@link #block}. */
  record Blocking(Block block, boolean isNew) {}

  /** Lifts the block; false when there was none. */
  boolean unblock(UserId blocker, UserId blocked);

  /** The users {@code user} blocks or is blocked by. */
  Set<UserId> blockedEitherWay(UserId user);

  /** The users {@code blocker} blocks, by user id. */
  List<Block> blocksOf(UserId blocker);
}
