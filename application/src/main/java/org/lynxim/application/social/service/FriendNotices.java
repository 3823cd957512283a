package org.lynxim.application.social.service;

import org.lynxim.application.delivery.port.in.NotifyAccountUseCase;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.notice.AccountNotice;
import org.lynxim.domain.social.FriendRequest;
import org.lynxim.domain.social.FriendRequestStatus;
import org.lynxim.domain.user.UserId;

/** The notices the friend services send, told the same way wherever a request is answered. */
final class FriendNotices {
  private FriendNotices() {}

  /** An answered request: its requester is told, and after an accept both are friends. */
  static void answered(NotifyAccountUseCase notify, FriendRequest answered) {
    notify.notify(answered.from(), new AccountNotice.FriendRequestAnswered(answered));
    if (answered.status() == FriendRequestStatus.ACCEPTED) {
      notify.notify(answered.from(), new AccountNotice.FriendAdded(answered.to()));
      notify.notify(answered.to(), new AccountNotice.FriendAdded(answered.from()));
    }
  }

  /** A friendship ended: both are told. */
  static void removed(NotifyAccountUseCase notify, UserId one, UserId other) {
    notify.notify(one, new AccountNotice.FriendRemoved(other));
    notify.notify(other, new AccountNotice.FriendRemoved(one));
  }

  static ConflictException answeredMeanwhile() {
    return new ConflictException(Reason.NOT_PENDING, "the request was answered meanwhile");
  }
}
