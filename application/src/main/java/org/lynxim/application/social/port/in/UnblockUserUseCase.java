package org.lynxim.application.social.port.in;

import org.lynxim.domain.user.UserId;

/**
 * Lifts a block, and tells the blocker's devices (notice {@code block_changed}).
 *
 * @throws org.lynxim.domain.error.NotFoundException the user is not blocked
 */
public interface UnblockUserUseCase {
  void unblock(UserId actor, UserId target);
}
