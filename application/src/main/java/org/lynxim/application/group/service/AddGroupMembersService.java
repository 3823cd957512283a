package org.lynxim.application.group.service;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.application.group.port.in.AddGroupMembersUseCase;
import org.lynxim.application.group.port.out.GroupChangeAllowance;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.application.messaging.port.in.AppendSystemMessageUseCase;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.error.RateLimitedException;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.GroupChange;
import org.lynxim.domain.user.UserId;

/**
 * Adds members, announced by {@code member_added} messages; each member joins just before the
 * message that names it.
 */
public final class AddGroupMembersService implements AddGroupMembersUseCase {
  private final UserAccounts accounts;
  private final GroupStore groups;
  private final GroupSystemMessages tell;
  private final Clock clock;
  private final GroupChangeAllowance allowance;
  private final int maxMembers;

  public AddGroupMembersService(
      UserAccounts accounts,
      GroupStore groups,
      AppendSystemMessageUseCase append,
      Clock clock,
      GroupChangeAllowance allowance,
      int maxMembers) {
    this.accounts = accounts;
    this.groups = groups;
    this.tell = new GroupSystemMessages(groups, append);
    this.clock = clock;
    this.allowance = allowance;
    this.maxMembers = maxMembers;
  }

  @Override
  public Group add(UserId actor, GroupId id, Collection<UserId> users) {
    // The checks that need no lock first, in the protocol's order: 404, 403, 410, then the rate.
    groups.require(id).addMembers(actor, List.of(), clock.millis(), maxMembers).orThrow();
    if (!allowance.tryTake(actor)) {
      throw new RateLimitedException("adding members too fast; retry later");
    }
    accounts.requireRegistered(users);
    GroupChange.Changed added =
        groups
            .change(id, group -> group.addMembers(actor, users, clock.millis(), maxMembers))
            .orThrow();
    return tell.tell(actor, added, List.of());
  }
}
