package org.lynxim.domain.social;

import java.util.Objects;
import java.util.Optional;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.user.DirectMessages;

/**
 * How a user stands with a peer for direct contact, seen from the user: blocks either way, whether
 * they are friends, and whom the peer takes direct messages from.
 */
public record Standing(BlockStatus blocks, boolean friends, DirectMessages peerTakes) {
  public Standing {
    Objects.requireNonNull(blocks, "blocks");
    Objects.requireNonNull(peerTakes, "peerTakes");
  }

  /** Strangers who took no step either way, with the peer taking messages from everyone. */
  public static final Standing NONE =
      new Standing(BlockStatus.NONE, false, DirectMessages.EVERYONE);

  /**
   * Why the user may not message the peer directly, if it may not: a block either way, or a peer
   * that takes direct messages from friends only.
   */
  public Optional<ForbiddenException> directMessageRefusal() {
    Optional<ForbiddenException> blocked = blocks.refusal();
    if (blocked.isPresent()) {
      return blocked;
    }
    if (peerTakes == DirectMessages.FRIENDS && !friends) {
      return Optional.of(
          new ForbiddenException(Reason.NOT_FRIENDS, "this user takes messages from friends only"));
    }
    return Optional.empty();
  }
}
