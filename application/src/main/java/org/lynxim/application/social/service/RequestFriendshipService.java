package org.lynxim.application.social.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.application.delivery.port.in.NotifyAccountUseCase;
import org.lynxim.application.social.port.in.RequestFriendshipUseCase;
import org.lynxim.application.social.port.out.Friendships;
import org.lynxim.application.social.port.out.Relations;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.notice.AccountNotice;
import org.lynxim.domain.social.Befriending;
import org.lynxim.domain.social.FriendRequest;
import org.lynxim.domain.social.FriendRequestId;
import org.lynxim.domain.social.FriendRequestOutcome;
import org.lynxim.domain.social.Standing;
import org.lynxim.domain.user.UserId;

/**
 * Reads how the two stand, lets the domain decide, stores the outcome and tells whom it concerns.
 */
public final class RequestFriendshipService implements RequestFriendshipUseCase {
  /** How often a decision is made again when the other user answered its request meanwhile. */
  private static final int ATTEMPTS = 3;

  private final UserAccounts accounts;
  private final Relations relations;
  private final Friendships friendships;
  private final NotifyAccountUseCase notify;
  private final Clock clock;
  private final RandomGenerator random;

  public RequestFriendshipService(
      UserAccounts accounts,
      Relations relations,
      Friendships friendships,
      NotifyAccountUseCase notify,
      Clock clock,
      RandomGenerator random) {
    this.accounts = accounts;
    this.relations = relations;
    this.friendships = friendships;
    this.notify = notify;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public Requested request(UserId actor, UserId target, Optional<String> message) {
    // Whole milliseconds, as stored: the request answered is the request read back later.
    Instant now = Instant.ofEpochMilli(clock.millis());
    FriendRequest fresh =
        FriendRequest.open(FriendRequestId.generate(random), actor, target, message, now);
    if (!accounts.exists(target)) {
      throw new NotFoundException("no such user " + target.value());
    }
    for (int attempt = 1; ; attempt++) {
      Standing standing = relations.standing(actor, target);
      Friendships.PendingRequests pending = friendships.pendingBetween(actor, target);
      Befriending befriending =
          new Befriending(standing.blocks(), standing.friends(), pending.mine(), pending.theirs());
      switch (befriending.propose(fresh)) {
        case FriendRequestOutcome.Opened opened -> {
          Friendships.Opening opening = friendships.open(opened.request());
          if (opening.isNew()) {
            notify.notify(target, new AccountNotice.FriendRequestReceived(opening.request()));
          }
          return new Requested(opening.request(), opening.isNew());
        }
        case FriendRequestOutcome.StillPending still -> {
          return new Requested(still.request(), false);
        }
        case FriendRequestOutcome.AcceptedTheirs accepted -> {
          if (friendships.answer(accepted.theirs(), now)) {
            FriendNotices.answered(notify, accepted.theirs());
            return new Requested(accepted.theirs(), false);
          }
          if (attempt == ATTEMPTS) {
            throw FriendNotices.answeredMeanwhile();
          }
        }
        case FriendRequestOutcome.Refused refused -> throw refused.refusal().toException();
      }
    }
  }
}
