package org.lynxim.application.social.service;

import java.util.Optional;
import org.lynxim.application.social.port.in.RemarkFriendUseCase;
import org.lynxim.application.social.port.out.Friendships;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.social.Friend;
import org.lynxim.domain.social.Remark;
import org.lynxim.domain.user.UserId;

/** Stores the caller's remark about a friend. */
public final class RemarkFriendService implements RemarkFriendUseCase {
  private final Friendships friendships;

  public RemarkFriendService(Friendships friendships) {
    this.friendships = friendships;
  }

  @Override
  public Friend remark(UserId actor, UserId friend, Optional<Remark> remark) {
    return friendships
        .remark(actor, friend, remark)
        .orElseThrow(() -> new NotFoundException(friend.value() + " is not your friend"));
  }
}
