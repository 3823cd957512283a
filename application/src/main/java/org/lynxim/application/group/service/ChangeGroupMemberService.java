package org.lynxim.application.group.service;

import java.time.Clock;
import java.util.List;
import org.lynxim.application.group.port.in.ChangeGroupMemberUseCase;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.application.messaging.port.in.AppendSystemMessageUseCase;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.Member;
import org.lynxim.domain.user.UserId;

/** Changes the role first, then the mute, each stored and told on its own. */
public final class ChangeGroupMemberService implements ChangeGroupMemberUseCase {
  private final GroupStore groups;
  private final GroupSystemMessages tell;
  private final Clock clock;

  public ChangeGroupMemberService(
      GroupStore groups, AppendSystemMessageUseCase append, Clock clock) {
    this.groups = groups;
    this.tell = new GroupSystemMessages(groups, append);
    this.clock = clock;
  }

  @Override
  public Member change(UserId actor, GroupId id, UserId target, MemberChange change) {
    Group group = groups.require(id);
    if (change.role().isPresent()) {
      group =
          tell.tell(
              actor,
              groups
                  .change(id, current -> current.changeRole(actor, target, change.role().get()))
                  .orThrow(),
              List.of());
    }
    if (change.mutedUntil().isPresent()) {
      group =
          tell.tell(
              actor,
              groups
                  .change(
                      id,
                      current ->
                          current.mute(actor, target, change.mutedUntil().get(), clock.millis()))
                  .orThrow(),
              List.of());
    }
    return group.requireMember(target);
  }
}
