package org.lynxim.application.service;

import org.lynxim.application.port.in.GetGroupUseCase;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.user.UserId;

/** Shows a group to its members. */
public final class GetGroupService implements GetGroupUseCase {
  private final ConversationAccess access;

  public GetGroupService(ConversationAccess access) {
    this.access = access;
  }

  @Override
  public Group get(UserId reader, GroupId id) {
    Group group = access.requireGroup(id.conversation());
    group.requireMember(reader);
    return group;
  }
}
