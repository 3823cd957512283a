package org.lynxim.bootstrap;

import java.security.SecureRandom;
import java.time.Clock;
import org.lynxim.adapter.out.memory.InProcessGroupChangeAllowance;
import org.lynxim.application.group.port.in.AddGroupMembersUseCase;
import org.lynxim.application.group.port.in.CreateGroupUseCase;
import org.lynxim.application.group.port.in.GetGroupUseCase;
import org.lynxim.application.group.port.in.RemoveGroupMemberUseCase;
import org.lynxim.application.group.port.out.GroupChangeAllowance;
import org.lynxim.application.group.service.AddGroupMembersService;
import org.lynxim.application.group.service.CreateGroupService;
import org.lynxim.application.group.service.GetGroupService;
import org.lynxim.application.group.service.RemoveGroupMemberService;

/** Creating groups and changing their members. */
record GroupFeature(
    CreateGroupUseCase create,
    GetGroupUseCase get,
    AddGroupMembersUseCase addMembers,
    RemoveGroupMemberUseCase removeMember) {

  static GroupFeature wire(LynxSettings settings, Stores stores, Clock clock) {
    GroupChangeAllowance allowance =
        new InProcessGroupChangeAllowance(
            settings.groupChangesPerMinute(), settings.groupChangeBurst());
    return new GroupFeature(
        new CreateGroupService(
            stores.accounts(), stores.groups(), new SecureRandom(), clock, allowance),
        new GetGroupService(stores.groups()),
        new AddGroupMembersService(
            stores.accounts(), stores.groups(), stores.messages(), clock, allowance),
        new RemoveGroupMemberService(stores.groups()));
  }
}
