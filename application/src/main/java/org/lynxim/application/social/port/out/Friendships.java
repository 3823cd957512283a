package org.lynxim.application.social.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lynxim.domain.social.Friend;
import org.lynxim.domain.social.FriendRequest;
import org.lynxim.domain.social.FriendRequestId;
import org.lynxim.domain.social.Remark;
import org.lynxim.domain.social.RequestDirection;
import org.lynxim.domain.user.UserId;

/** Friend requests and friendships; durable. Each method is one transaction. */
public interface Friendships {

  /** The requests pending between the two users, each way, seen from {@code user}. */
  PendingRequests pendingBetween(UserId user, UserId peer);

  /** The result of {@link #pendingBetween}. */
  record PendingRequests(Optional<FriendRequest> mine, Optional<FriendRequest> theirs) {}

  /**
   * Stores a new pending request. When one from the same user to the same user is pending already
   * (two asks raced), that one is kept and answered, not new.
   */
  Opening open(FriendRequest request);

  /** The result of {@link #open}. */
  record Opening(FriendRequest request, boolean isNew) {}

  Optional<FriendRequest> request(FriendRequestId id);

  /**
   * Stores the answer to a request, if it is still pending. An accepted request makes the two users
   * friends since {@code now}, and accepts a request pending the other way too.
   *
   * @return false when the request was no longer pending (answered meanwhile)
   */
  boolean answer(FriendRequest answered, Instant now);

  /** The pending requests to ({@code INCOMING}) or from the user, newest first. */
  List<FriendRequest> pending(UserId user, RequestDirection direction);

  /** The user ids of the user's friends. */
  Set<UserId> friendIdsOf(UserId user);

  /** The user's friends by user id, with their nicknames and the user's remarks. */
  List<Friend> friendsOf(UserId user);

  /** Sets or clears the user's remark about a friend; empty when they are not friends. */
  Optional<Friend> remark(UserId user, UserId friend, Optional<Remark> remark);

  /** Ends the friendship, both ways; false when they were not friends. */
  boolean unfriend(UserId user, UserId friend);

  /**
   * Ends everything between the two users, as a block does: the friendship, and the requests
   * pending either way (rejected).
   *
   * @return whether they were friends
   */
  boolean breakOff(UserId user, UserId peer);
}
