package org.lynxim.application.group.service;

import java.util.List;
import org.lynxim.application.group.port.in.ListGroupMembersUseCase;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.Member;
import org.lynxim.domain.user.UserId;

/** Lists the members whose joining is announced, in joining order. */
public final class ListGroupMembersService implements ListGroupMembersUseCase {
  private final GroupStore groups;

  public ListGroupMembersService(GroupStore groups) {
    this.groups = groups;
  }

  @Override
  public List<Member> members(UserId user, GroupId id) {
    Group group = groups.require(id);
    group.requireActiveMember(user);
    return group.members().stream().filter(member -> !member.isPending()).toList();
  }
}
