package org.lynxim.application.social.service;

import java.util.List;
import org.lynxim.application.social.port.in.ListFriendRequestsUseCase;
import org.lynxim.application.social.port.out.Friendships;
import org.lynxim.domain.social.FriendRequest;
import org.lynxim.domain.social.RequestDirection;
import org.lynxim.domain.user.UserId;

/** Lists the caller's pending requests. */
public final class ListFriendRequestsService implements ListFriendRequestsUseCase {
  private final Friendships friendships;

  public ListFriendRequestsService(Friendships friendships) {
    this.friendships = friendships;
  }

  @Override
  public List<FriendRequest> requests(UserId actor, RequestDirection direction) {
    return friendships.pending(actor, direction);
  }
}
