package org.lynxim.application.group.service;

import java.time.Clock;
import java.util.Collection;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.application.group.port.in.AddGroupMembersUseCase;
import org.lynxim.application.group.port.out.GroupChangeAllowance;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.error.RateLimitedException;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.MembershipChange;
import org.lynxim.domain.user.UserId;

/** Adds members at the group's current seq. */
public final class AddGroupMembersService implements AddGroupMembersUseCase {
  private final UserAccounts accounts;
  private final GroupStore groups;
  private final MessageStore messages;
  private final Clock clock;
  private final GroupChangeAllowance allowance;

  public AddGroupMembersService(
      UserAccounts accounts,
      GroupStore groups,
      MessageStore messages,
      Clock clock,
      GroupChangeAllowance allowance) {
    this.allowance = allowance;
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
        // After 404 and 403, as the protocol orders its errors.
        if (!allowance.tryTake(actor)) {
          throw new RateLimitedException("adding members too fast; retry later");
        }
        accounts.requireRegistered(users);
        if (!added.added().isEmpty()) {
          groups.addMembers(id, added.added());
        }
        yield added.group();
      }
    };
  }
}
