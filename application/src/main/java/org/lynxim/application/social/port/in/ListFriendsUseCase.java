package org.lynxim.application.social.port.in;

import java.util.List;
import org.lynxim.domain.social.Friend;
import org.lynxim.domain.user.UserId;

/** The caller's friends, by user id. */
public interface ListFriendsUseCase {
  List<Friend> friends(UserId actor);
}
