package org.lynxim.application.group.port.in;

import java.util.List;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Member;
import org.lynxim.domain.user.UserId;

/**
 * A group's members in the order they joined, for its members.
 *
 * @throws org.lynxim.domain.error.NotFoundException no such group
 * @throws org.lynxim.domain.error.ForbiddenException not a member
 * @throws org.lynxim.domain.error.GoneException dissolved
 */
public interface ListGroupMembersUseCase {
  List<Member> members(UserId user, GroupId group);
}
