package org.lynxim.application.group.service;

import org.lynxim.application.group.port.in.RemoveGroupMemberUseCase;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.MembershipChange;
import org.lynxim.domain.user.UserId;

/** Removes a member or lets one leave. */
public final class RemoveGroupMemberService implements RemoveGroupMemberUseCase {
  private final GroupStore groups;

  public RemoveGroupMemberService(GroupStore groups) {
    this.groups = groups;
  }

  @Override
  public Group remove(UserId actor, GroupId id, UserId target) {
    return switch (groups.require(id).removeMember(actor, target)) {
      case MembershipChange.Refused refused -> throw refused.toException();
      case MembershipChange.MemberRemoved removed -> {
        groups.removeMember(id, target);
        yield removed.group();
      }
    };
  }
}
