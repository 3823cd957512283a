package org.lynxim.application.group.port.in;

import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.user.UserId;

/**
 * Removes a member: the owner removes anyone but itself, a member removes itself (leaves). A
 * removed member can no longer send, pull or ack.
 *
 * @throws org.lynxim.domain.error.NotFoundException no such group, or the target is not a member
 * @throws org.lynxim.domain.error.ForbiddenException the actor may not remove the target
 * @throws IllegalArgumentException the owner tries to remove itself
 */
public interface RemoveGroupMemberUseCase {
  Group remove(UserId actor, GroupId group, UserId target);
}
