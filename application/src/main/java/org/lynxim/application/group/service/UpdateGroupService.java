package org.lynxim.application.group.service;

import java.util.List;
import org.lynxim.application.group.port.in.UpdateGroupUseCase;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.application.messaging.port.in.AppendSystemMessageUseCase;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.GroupSettingsChange;
import org.lynxim.domain.user.UserId;

/** Stores the group's new settings and tells what changed. */
public final class UpdateGroupService implements UpdateGroupUseCase {
  private final GroupStore groups;
  private final GroupSystemMessages tell;

  public UpdateGroupService(GroupStore groups, AppendSystemMessageUseCase append) {
    this.groups = groups;
    this.tell = new GroupSystemMessages(groups, append);
  }

  @Override
  public Group update(UserId actor, GroupId id, GroupSettingsChange change) {
    return tell.tell(
        actor, groups.change(id, group -> group.update(actor, change)).orThrow(), List.of());
  }
}
