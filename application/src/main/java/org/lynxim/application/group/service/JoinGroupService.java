package org.lynxim.application.group.service;

import java.time.Clock;
import java.util.List;
import org.lynxim.application.group.port.in.JoinGroupUseCase;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.application.messaging.port.in.AppendSystemMessageUseCase;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.user.UserId;

/** Lets a user into an open group and tells its members ({@code member_joined}). */
public final class JoinGroupService implements JoinGroupUseCase {
  private final GroupStore groups;
  private final GroupSystemMessages tell;
  private final Clock clock;
  private final int maxMembers;

  public JoinGroupService(
      GroupStore groups, AppendSystemMessageUseCase append, Clock clock, int maxMembers) {
    this.groups = groups;
    this.tell = new GroupSystemMessages(groups, append);
    this.clock = clock;
    this.maxMembers = maxMembers;
  }

  @Override
  public Group join(UserId user, GroupId id) {
    return tell.tell(
        user,
        groups.change(id, group -> group.join(user, clock.millis(), maxMembers)).orThrow(),
        List.of());
  }
}
