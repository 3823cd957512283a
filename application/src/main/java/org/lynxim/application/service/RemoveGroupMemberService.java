package org.lynxim.application.service;

import org.lynxim.application.port.in.RemoveGroupMemberUseCase;
import org.lynxim.application.port.out.GroupStore;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.user.UserId;

/** Removes a member or lets one leave. */
public final class RemoveGroupMemberService implements RemoveGroupMemberUseCase {
  private final ConversationAccess access;
  private final GroupStore groups;

  public RemoveGroupMemberService(ConversationAccess access, GroupStore groups) {
    this.access = access;
    this.groups = groups;
  }

  @Override
  public Group remove(UserId actor, GroupId id, UserId target) {
    Group group = access.requireGroup(id.conversation());
    group.memberToRemove(actor, target);
    groups.removeMember(id, target);
    access.forget(id);
    return group.without(target);
  }
}
