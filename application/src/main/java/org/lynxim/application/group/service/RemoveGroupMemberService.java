package org.lynxim.application.group.service;

import java.util.List;
import org.lynxim.application.group.port.in.RemoveGroupMemberUseCase;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.application.messaging.port.in.AppendSystemMessageUseCase;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.GroupChange;
import org.lynxim.domain.user.UserId;

/** Removes a member or lets one leave; the one who goes is told too. */
public final class RemoveGroupMemberService implements RemoveGroupMemberUseCase {
  private final GroupStore groups;
  private final GroupSystemMessages tell;

  public RemoveGroupMemberService(GroupStore groups, AppendSystemMessageUseCase append) {
    this.groups = groups;
    this.tell = new GroupSystemMessages(groups, append);
  }

  @Override
  public Group remove(UserId actor, GroupId id, UserId target) {
    GroupChange.Changed removed =
        groups.change(id, group -> group.removeMember(actor, target)).orThrow();
    return tell.tell(actor, removed, List.of(target));
  }
}
