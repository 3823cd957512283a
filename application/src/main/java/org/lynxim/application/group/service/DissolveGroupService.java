package org.lynxim.application.group.service;

import java.util.List;
import org.lynxim.application.group.port.in.DissolveGroupUseCase;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.application.messaging.port.in.AppendSystemMessageUseCase;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.user.UserId;

/** Marks the group dissolved and tells its members ({@code group_dissolved}). */
public final class DissolveGroupService implements DissolveGroupUseCase {
  private final GroupStore groups;
  private final GroupSystemMessages tell;

  public DissolveGroupService(GroupStore groups, AppendSystemMessageUseCase append) {
    this.groups = groups;
    this.tell = new GroupSystemMessages(groups, append);
  }

  @Override
  public Group dissolve(UserId actor, GroupId id) {
    return tell.tell(actor, groups.change(id, group -> group.dissolve(actor)).orThrow(), List.of());
  }
}
