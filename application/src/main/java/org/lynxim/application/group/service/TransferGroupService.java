package org.lynxim.application.group.service;

import java.util.List;
import org.lynxim.application.group.port.in.TransferGroupUseCase;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.application.messaging.port.in.AppendSystemMessageUseCase;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.user.UserId;

/** Hands the group over and tells its members ({@code owner_transferred}). */
public final class TransferGroupService implements TransferGroupUseCase {
  private final GroupStore groups;
  private final GroupSystemMessages tell;

  public TransferGroupService(GroupStore groups, AppendSystemMessageUseCase append) {
    this.groups = groups;
    this.tell = new GroupSystemMessages(groups, append);
  }

  @Override
  public Group transfer(UserId actor, GroupId id, UserId to) {
    return tell.tell(
        actor, groups.change(id, group -> group.transfer(actor, to)).orThrow(), List.of());
  }
}
