package org.lynxim.bootstrap;

import java.security.SecureRandom;
import java.time.Clock;
import org.lynxim.adapter.out.memory.InProcessGroupChangeAllowance;
import org.lynxim.application.group.port.in.AddGroupMembersUseCase;
import org.lynxim.application.group.port.in.ChangeGroupMemberUseCase;
import org.lynxim.application.group.port.in.CreateGroupUseCase;
import org.lynxim.application.group.port.in.DissolveGroupUseCase;
import org.lynxim.application.group.port.in.GetGroupUseCase;
import org.lynxim.application.group.port.in.JoinGroupUseCase;
import org.lynxim.application.group.port.in.ListGroupMembersUseCase;
import org.lynxim.application.group.port.in.ListGroupsUseCase;
import org.lynxim.application.group.port.in.RemoveGroupMemberUseCase;
import org.lynxim.application.group.port.in.TransferGroupUseCase;
import org.lynxim.application.group.port.in.UpdateGroupUseCase;
import org.lynxim.application.group.port.out.GroupChangeAllowance;
import org.lynxim.application.group.service.AddGroupMembersService;
import org.lynxim.application.group.service.ChangeGroupMemberService;
import org.lynxim.application.group.service.CreateGroupService;
import org.lynxim.application.group.service.DissolveGroupService;
import org.lynxim.application.group.service.GetGroupService;
import org.lynxim.application.group.service.JoinGroupService;
import org.lynxim.application.group.service.ListGroupMembersService;
import org.lynxim.application.group.service.ListGroupsService;
import org.lynxim.application.group.service.RemoveGroupMemberService;
import org.lynxim.application.group.service.TransferGroupService;
import org.lynxim.application.group.service.UpdateGroupService;
import org.lynxim.application.messaging.port.in.AppendSystemMessageUseCase;

/** Groups: creating them, their members and roles, their settings; every change told in them. */
record GroupFeature(
    CreateGroupUseCase create,
    GetGroupUseCase get,
    ListGroupsUseCase list,
    ListGroupMembersUseCase members,
    AddGroupMembersUseCase addMembers,
    RemoveGroupMemberUseCase removeMember,
    ChangeGroupMemberUseCase changeMember,
    UpdateGroupUseCase update,
    TransferGroupUseCase transfer,
    JoinGroupUseCase join,
    DissolveGroupUseCase dissolve) {

  static GroupFeature wire(
      LynxSettings settings, Stores stores, AppendSystemMessageUseCase append, Clock clock) {
    GroupChangeAllowance allowance =
        new InProcessGroupChangeAllowance(
            settings.groupChangesPerMinute(), settings.groupChangeBurst());
    int maxMembers = settings.groupsMaxMembers();
    return new GroupFeature(
        new CreateGroupService(
            stores.accounts(), stores.groups(), new SecureRandom(), clock, allowance, maxMembers),
        new GetGroupService(stores.groups()),
        new ListGroupsService(stores.groups()),
        new ListGroupMembersService(stores.groups()),
        new AddGroupMembersService(
            stores.accounts(), stores.groups(), append, clock, allowance, maxMembers),
        new RemoveGroupMemberService(stores.groups(), append),
        new ChangeGroupMemberService(stores.groups(), append, clock),
        new UpdateGroupService(stores.groups(), append),
        new TransferGroupService(stores.groups(), append),
        new JoinGroupService(stores.groups(), append, clock, maxMembers),
        new DissolveGroupService(stores.groups(), append));
  }
}
