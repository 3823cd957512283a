package org.lynxim.application.group.service;

import java.util.List;
import org.lynxim.application.group.port.in.ListGroupsUseCase;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.user.UserId;

/** Lists the groups the caller is a member of, in the order they were created. */
public final class ListGroupsService implements ListGroupsUseCase {
  private final GroupStore groups;

  public ListGroupsService(GroupStore groups) {
    this.groups = groups;
  }

  @Override
  public List<Group> groups(UserId user) {
    return groups.groupsOf(user).stream().filter(group -> group.isMember(user)).toList();
  }
}
