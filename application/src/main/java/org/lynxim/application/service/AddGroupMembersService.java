package org.lynxim.application.service;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.lynxim.application.port.in.AddGroupMembersUseCase;
import org.lynxim.application.port.out.GroupStore;
import org.lynxim.application.port.out.MessageStore;
import org.lynxim.application.port.out.UserAccounts;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.Member;
import org.lynxim.domain.user.UserId;

/** Adds members at the group's current seq. */
public final class AddGroupMembersService implements AddGroupMembersUseCase {
  private final ConversationAccess access;
  private final UserAccounts accounts;
  private final GroupStore groups;
  private final MessageStore messages;
  private final Clock clock;

  public AddGroupMembersService(
      ConversationAccess access,
      UserAccounts accounts,
      GroupStore groups,
      MessageStore messages,
      Clock clock) {
    this.access = access;
    this.accounts = accounts;
    this.groups = groups;
    this.messages = messages;
    this.clock = clock;
  }

  @Override
  public Group add(UserId actor, GroupId id, Collection<UserId> users) {
    Group group = access.requireGroup(id.conversation());
    group.requireMayAddMembers(actor);
    GroupMembers.requireRegistered(accounts, users);
    long currentSeq = messages.lastSeq(group.conversationId());
    List<Member> added = group.membersToAdd(actor, users, currentSeq, clock.millis());
    if (!added.isEmpty()) {
      groups.addMembers(id, added);
      access.forget(id);
    }
    return group.with(added);
  }
}
