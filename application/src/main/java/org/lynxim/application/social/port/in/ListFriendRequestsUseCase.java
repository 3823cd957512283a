package org.lynxim.application.social.port.in;

import java.util.List;
import org.lynxim.domain.social.FriendRequest;
import org.lynxim.domain.social.RequestDirection;
import org.lynxim.domain.user.UserId;

/** The caller's pending friend requests, to or from the caller, newest first. */
public interface ListFriendRequestsUseCase {
  List<FriendRequest> requests(UserId actor, RequestDirection direction);
}
