package org.lynxim.application.group.service;

import java.time.Clock;
import java.util.Collection;
import java.util.random.RandomGenerator;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.application.group.port.in.CreateGroupUseCase;
import org.lynxim.application.group.port.out.GroupChangeAllowance;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.RateLimitedException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.GroupName;
import org.lynxim.domain.user.UserId;

/** Creates a group with a fresh random id. */
public final class CreateGroupService implements CreateGroupUseCase {
  private final UserAccounts accounts;
  private final GroupStore groups;
  private final RandomGenerator random;
  private final Clock clock;
  private final GroupChangeAllowance allowance;
  private final int maxMembers;

  public CreateGroupService(
      UserAccounts accounts,
      GroupStore groups,
      RandomGenerator random,
      Clock clock,
      GroupChangeAllowance allowance,
      int maxMembers) {
    this.maxMembers = maxMembers;
    this.allowance = allowance;
    this.accounts = accounts;
    this.groups = groups;
    this.random = random;
    this.clock = clock;
  }

  @Override
  public Group create(UserId creator, GroupName name, Collection<UserId> members) {
    if (!allowance.tryTake(creator)) {
      throw new RateLimitedException("creating groups too fast; retry later");
    }
    accounts.requireRegistered(members);
    Group group = Group.create(GroupId.generate(random), name, creator, members, clock.millis());
    if (group.members().size() > maxMembers) {
      throw new ConflictException(
          Reason.GROUP_FULL, "a group holds at most " + maxMembers + " members");
    }
    groups.create(group);
    return group;
  }
}
