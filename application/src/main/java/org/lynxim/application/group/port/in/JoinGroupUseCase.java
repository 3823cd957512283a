package org.lynxim.application.group.port.in;

import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.user.UserId;

/** Joins a group open to join ({@code member_joined}); a member joining again changes nothing. */
public interface JoinGroupUseCase {
  Group join(UserId user, GroupId group);
}
