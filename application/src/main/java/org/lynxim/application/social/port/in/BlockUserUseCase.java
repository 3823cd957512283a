package org.lynxim.application.social.port.in;

import org.lynxim.domain.social.Block;
import org.lynxim.domain.user.UserId;

/**
 * Blocks a user: from now on nothing flows directly between the two (no direct messages either
 * way). Idempotent: blocking again keeps the first {@code since} and tells no device. A new block
 * is told to the blocker's devices (notice {@code block_changed}). A block ends a friendship
 * between the two (both are told, {@code friend_removed}) and rejects pending friend requests
 * either way without telling anyone.
 *
 * @throws IllegalArgumentException blocking oneself
 * @throws org.lynxim.domain.error.NotFoundException no such user
 */
public interface BlockUserUseCase {
  Block block(UserId actor, UserId target);
}
