package org.lynxim.application.group.service;

import org.lynxim.application.group.port.in.GetGroupUseCase;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.user.UserId;

/** Shows a group to its members, while it is not dissolved. */
public final class GetGroupService implements GetGroupUseCase {
  private final GroupStore groups;

  public GetGroupService(GroupStore groups) {
    this.groups = groups;
  }

  @Override
  public Group get(UserId reader, GroupId id) {
    Group group = groups.require(id);
    group.requireActiveMember(reader);
    return group;
  }
}
