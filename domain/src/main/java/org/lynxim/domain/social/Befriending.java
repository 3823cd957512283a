package org.lynxim.domain.social;

import java.util.Objects;
import java.util.Optional;

/**
 * What decides a friend request from one user to another: how the two stand and the requests
 * pending between them, both seen from the one who asks.
 *
 * @param mine the pending request from the asker to the other user, if any
 * @param theirs the pending request from the other user to the asker, if any
 */
public record Befriending(
    BlockStatus blocks,
    boolean friends,
    Optional<FriendRequest> mine,
    Optional<FriendRequest> theirs) {
  public Befriending {
    Objects.requireNonNull(blocks, "blocks");
    Objects.requireNonNull(mine, "mine");
    Objects.requireNonNull(theirs, "theirs");
  }

  /**
   * Decides {@code fresh}, a new request from the asker: refused between blocked users or friends;
   * the pending one when the same was asked before (its first message kept); an accept of theirs
   * when the other user asked first; else {@code fresh} opens.
   */
  public FriendRequestOutcome.Proposing propose(FriendRequest fresh) {
    if (blocks != BlockStatus.NONE) {
      return new FriendRequestOutcome.Refused(FriendRefusal.BLOCKED);
    }
    if (friends) {
      return new FriendRequestOutcome.Refused(FriendRefusal.ALREADY_FRIENDS);
    }
    if (theirs.isPresent()) {
      return new FriendRequestOutcome.AcceptedTheirs(
          theirs.get().withStatus(FriendRequestStatus.ACCEPTED));
    }
    if (mine.isPresent()) {
      return new FriendRequestOutcome.StillPending(mine.get());
    }
    return new FriendRequestOutcome.Opened(fresh);
  }
}
