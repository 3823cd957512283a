package org.lynxim.application.social.service;

import java.util.List;
import org.lynxim.application.social.port.in.ListFriendsUseCase;
import org.lynxim.application.social.port.out.Friendships;
import org.lynxim.domain.social.Friend;
import org.lynxim.domain.user.UserId;

/** Lists the caller's friends. */
public final class ListFriendsService implements ListFriendsUseCase {
  private final Friendships friendships;

  public ListFriendsService(Friendships friendships) {
    this.friendships = friendships;
  }

  @Override
  public List<Friend> friends(UserId actor) {
    return friendships.friendsOf(actor);
  }
}
