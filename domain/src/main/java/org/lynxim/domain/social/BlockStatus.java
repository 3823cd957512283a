package org.lynxim.domain.social;

import java.util.Optional;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.Reason;

/**
 * How two users stand as far as blocks go, seen from one of them. Between blocked users nothing
 * flows directly (no direct messages, typing, receipts, presence, calls, friend requests); groups
 * are not affected.
 */
public enum BlockStatus {
  NONE,
  /** This user blocked the other (when both did, this wins: the user can undo it). */
  YOU_BLOCKED,
  /** The other user blocked this one. */
  BLOCKED_BY_PEER;

  public static BlockStatus of(boolean iBlocked, boolean peerBlocked) {
    return iBlocked ? YOU_BLOCKED : peerBlocked ? BLOCKED_BY_PEER : NONE;
  }

  /** The refusal a direct action gets, or none. */
  public Optional<ForbiddenException> refusal() {
    return switch (this) {
      case NONE -> Optional.empty();
      case YOU_BLOCKED ->
          Optional.of(new ForbiddenException(Reason.YOU_BLOCKED, "you blocked this user"));
      case BLOCKED_BY_PEER ->
          Optional.of(new ForbiddenException(Reason.BLOCKED_BY_PEER, "this user blocked you"));
    };
  }
}
