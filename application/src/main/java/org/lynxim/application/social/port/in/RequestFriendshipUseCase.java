package org.lynxim.application.social.port.in;

import java.util.Optional;
import org.lynxim.domain.social.FriendRequest;
import org.lynxim.domain.user.UserId;

/**
 * Asks another user to become friends. A new request is told to the addressee (notice {@code
 * friend_request}); asking again while it is pending answers the same request and tells nobody;
 * when the addressee had asked first, that request is accepted and the two are friends.
 *
 * @throws IllegalArgumentException asking oneself, or a message over 256 characters
 * @throws org.lynxim.domain.error.NotFoundException no such user
 * @throws org.lynxim.domain.error.ForbiddenException {@code blocked}: either blocked the other
 * @throws org.lynxim.domain.error.ConflictException {@code already_friends}
 */
public interface RequestFriendshipUseCase {
  Requested request(UserId actor, UserId target, Optional<String> message);

  /**
   * @param request the request made, the one pending before, or the other user's, accepted
   * @param isNew whether this call made {@code request}
   */
  record Requested(FriendRequest request, boolean isNew) {}
}
