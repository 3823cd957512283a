package org.lynxim.application.group.service;

import java.time.Clock;
import java.util.Collection;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.application.group.port.in.AddGroupMembersUseCase;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.MembershipChange;
import org.lynxim.domain.user.UserId;

/** Adds members at the group's current seq. */
public final class AddGroupMembersService implements AddGroupMembersUseCase {
  private final UserAccounts accounts;
  private final GroupStore groups;
  private final MessageStore messages;
  private final Clock clock;

  public AddGroupMembersService(
      UserAccounts accounts, GroupStore groups, MessageStore messages, Clock clock) {
    this.accounts = accounts;
    this.groups = groups;
    this.messages = messages;
    this.clock = clock;
  }

  @Override
  public Group add(UserId actor, GroupId id, Collection<UserId> users) {
    Group group = groups.require(id);
    long currentSeq = messages.lastSeq(group.conversationId());
    return switch (group.addMembers(actor, users, currentSeq, clock.millis())) {
      case MembershipChange.Refused refused -> throw refused.toException();
      case MembershipChange.MembersAdded added -> {
        accounts.requireRegistered(users);
        if (!added.added().isEmpty()) {
          groups.addMembers(id, added.added());
        }
        yield added.group();
      }
    };
  }
}
