package org.lynxim.application.group.port.in;

import java.util.Collection;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.user.UserId;

/**
 * Adds members to a group; only its owner may. New members join at the group's current seq and see
 * only later messages; members already in the group are left as they are.
 *
 * @throws org.lynxim.domain.error.NotFoundException no such group, or a listed user does not exist
 * @throws org.lynxim.domain.error.ForbiddenException the actor is not the owner
 * @throws org.lynxim.domain.error.RateLimitedException the actor adds members too fast
 */
public interface AddGroupMembersUseCase {
  Group add(UserId actor, GroupId group, Collection<UserId> users);
}
