package org.lynxim.application.social.port.in;

import java.util.Optional;
import org.lynxim.domain.social.Friend;
import org.lynxim.domain.social.Remark;
import org.lynxim.domain.user.UserId;

/**
 * Sets or clears the caller's private remark about a friend.
 *
 * @throws org.lynxim.domain.error.NotFoundException not a friend
 */
public interface RemarkFriendUseCase {
  Friend remark(UserId actor, UserId friend, Optional<Remark> remark);
}
