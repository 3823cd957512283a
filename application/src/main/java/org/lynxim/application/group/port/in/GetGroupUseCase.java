package org.lynxim.application.group.port.in;

import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.user.UserId;

/**
 * A group, as its members see it.
 *
 * @throws org.lynxim.domain.error.NotFoundException no such group
 * @throws org.lynxim.domain.error.ForbiddenException the reader is not a member
 */
public interface GetGroupUseCase {
  Group get(UserId reader, GroupId group);
}
