package org.lynxim.application.social.port.in;

import org.lynxim.domain.social.FriendRequest;
import org.lynxim.domain.social.FriendRequestId;
import org.lynxim.domain.user.UserId;

/**
 * Accepts or rejects a friend request addressed to the caller. The requester is told (notice {@code
 * friend_request_answered}); an accept makes the two friends and tells both ({@code friend_added}).
 *
 * @throws org.lynxim.domain.error.NotFoundException no such request, or not addressed to the caller
 * @throws org.lynxim.domain.error.ConflictException {@code not_pending}: answered already
 */
public interface AnswerFriendRequestUseCase {
  FriendRequest answer(UserId actor, FriendRequestId request, boolean accept);
}
