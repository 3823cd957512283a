package org.lynxim.application.social.service;

import org.lynxim.application.delivery.port.in.NotifyAccountUseCase;
import org.lynxim.application.social.port.in.RemoveFriendUseCase;
import org.lynxim.application.social.port.out.Friendships;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.user.UserId;

/** Ends a friendship and tells both users. */
public final class RemoveFriendService implements RemoveFriendUseCase {
  private final Friendships friendships;
  private final NotifyAccountUseCase notify;

  public RemoveFriendService(Friendships friendships, NotifyAccountUseCase notify) {
    this.friendships = friendships;
    this.notify = notify;
  }

  @Override
  public void remove(UserId actor, UserId friend) {
    if (!friendships.unfriend(actor, friend)) {
      throw new NotFoundException(friend.value() + " is not your friend");
    }
    FriendNotices.removed(notify, actor, friend);
  }
}
