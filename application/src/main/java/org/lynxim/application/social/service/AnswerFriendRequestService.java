package org.lynxim.application.social.service;

import java.time.Clock;
import org.lynxim.application.delivery.port.in.NotifyAccountUseCase;
import org.lynxim.application.social.port.in.AnswerFriendRequestUseCase;
import org.lynxim.application.social.port.out.Friendships;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.social.FriendRequest;
import org.lynxim.domain.social.FriendRequestId;
import org.lynxim.domain.social.FriendRequestOutcome;
import org.lynxim.domain.user.UserId;

/** Loads the request, lets it decide the answer, stores it and tells both users. */
public final class AnswerFriendRequestService implements AnswerFriendRequestUseCase {
  private final Friendships friendships;
  private final NotifyAccountUseCase notify;
  private final Clock clock;

  public AnswerFriendRequestService(
      Friendships friendships, NotifyAccountUseCase notify, Clock clock) {
    this.friendships = friendships;
    this.notify = notify;
    this.clock = clock;
  }

  @Override
  public FriendRequest answer(UserId actor, FriendRequestId id, boolean accept) {
    FriendRequest request =
        friendships.request(id).orElseThrow(() -> new NotFoundException("no such friend request"));
    return switch (request.answer(actor, accept)) {
      case FriendRequestOutcome.Answered answered -> {
        if (!friendships.answer(answered.request(), clock.instant())) {
          throw FriendNotices.answeredMeanwhile();
        }
        FriendNotices.answered(notify, answered.request());
        yield answered.request();
      }
      case FriendRequestOutcome.Refused refused -> throw refused.refusal().toException();
    };
  }
}
