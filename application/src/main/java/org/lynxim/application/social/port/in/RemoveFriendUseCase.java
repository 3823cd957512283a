package org.lynxim.application.social.port.in;

import org.lynxim.domain.user.UserId;

/**
 * Ends a friendship, for both; both are told (notice {@code friend_removed}).
 *
 * @throws org.lynxim.domain.error.NotFoundException not a friend
 */
public interface RemoveFriendUseCase {
  void remove(UserId actor, UserId friend);
}
