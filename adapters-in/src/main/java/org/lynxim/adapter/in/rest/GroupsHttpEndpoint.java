package org.lynxim.adapter.in.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.lynxim.adapter.in.json.Json;
import org.lynxim.adapter.in.wire.GroupBody;
import org.lynxim.adapter.in.wire.MemberBody;
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
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Announcement;
import org.lynxim.domain.group.GroupName;
import org.lynxim.domain.group.GroupSettingsChange;
import org.lynxim.domain.group.Member;
import org.lynxim.domain.group.Role;
import org.lynxim.domain.user.UserId;

/**
 * {@code /api/v1/groups}: create groups and list them, show one, its members, their roles and
 * mutes, the group's settings, transfer, join and dissolve.
 */
public final class GroupsHttpEndpoint implements HttpService {
  private final CreateGroupUseCase create;
  private final GetGroupUseCase get;
  private final ListGroupsUseCase list;
  private final ListGroupMembersUseCase members;
  private final AddGroupMembersUseCase addMembers;
  private final RemoveGroupMemberUseCase removeMember;
  private final ChangeGroupMemberUseCase changeMember;
  private final UpdateGroupUseCase update;
  private final TransferGroupUseCase transfer;
  private final JoinGroupUseCase join;
  private final DissolveGroupUseCase dissolve;
  private final Clock clock;

  public GroupsHttpEndpoint(
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
      DissolveGroupUseCase dissolve,
      Clock clock) {
    this.create = create;
    this.get = get;
    this.list = list;
    this.members = members;
    this.addMembers = addMembers;
    this.removeMember = removeMember;
    this.changeMember = changeMember;
    this.update = update;
    this.transfer = transfer;
    this.join = join;
    this.dissolve = dissolve;
    this.clock = clock;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .post("/", this::create)
        .get("/", this::list)
        .get("/{id}", this::get)
        .patch("/{id}", this::update)
        .delete("/{id}", this::dissolve)
        .get("/{id}/members", this::members)
        .post("/{id}/members", this::addMembers)
        .patch("/{id}/members/{user}", this::changeMember)
        .delete("/{id}/members/{user}", this::removeMember)
        .post("/{id}/transfer", this::transfer)
        .post("/{id}/join", this::join);
  }

  private void create(ServerRequest request, ServerResponse response) {
    ObjectNode body = Bodies.read(request);
    String name = Json.requiredString(body, "name");
    List<String> members = Json.optionalStrings(body, "members").orElse(List.of());
    GroupName groupName = GroupName.of(name);
    List<UserId> users = members.stream().map(UserId::of).toList();
    Bodies.send(response, 201, GroupBody.from(create.create(Caller.of(request), groupName, users)));
  }

  private void list(ServerRequest request, ServerResponse response) {
    Bodies.send(response, 200, GroupBody.Groups.from(list.groups(Caller.of(request))));
  }

  private void get(ServerRequest request, ServerResponse response) {
    Bodies.send(response, 200, GroupBody.from(get.get(Caller.of(request), groupId(request))));
  }

  private void update(ServerRequest request, ServerResponse response) {
    ObjectNode body = Bodies.read(request);
    GroupSettingsChange change =
        new GroupSettingsChange(
            Json.optionalString(body, "name").map(GroupName::of),
            Json.optionalString(body, "announcement").map(Announcement::new),
            Json.optionalBoolean(body, "muted_all"),
            Json.optionalBoolean(body, "joinable"));
    Bodies.send(
        response, 200, GroupBody.from(update.update(Caller.of(request), groupId(request), change)));
  }

  private void dissolve(ServerRequest request, ServerResponse response) {
    Bodies.send(
        response, 200, GroupBody.from(dissolve.dissolve(Caller.of(request), groupId(request))));
  }

  private void members(ServerRequest request, ServerResponse response) {
    Bodies.send(
        response,
        200,
        MemberBody.Members.from(
            members.members(Caller.of(request), groupId(request)), clock.millis()));
  }

  private void addMembers(ServerRequest request, ServerResponse response) {
    UserId caller = Caller.of(request);
    GroupId group = groupId(request);
    List<String> ids =
        Json.optionalStrings(Bodies.read(request), "user_ids")
            .orElseThrow(() -> new IllegalArgumentException("user_ids is required"));
    List<UserId> users = ids.stream().map(UserId::of).toList();
    Bodies.send(response, 200, GroupBody.from(addMembers.add(caller, group, users)));
  }

  /** {@code "muted_until": null} unmutes: here null is a value, not absence. */
  private void changeMember(ServerRequest request, ServerResponse response) {
    ObjectNode body = Bodies.read(request);
    Optional<Role> role = Json.optionalString(body, "role").map(Role::assignable);
    Optional<Optional<Long>> mutedUntil = Optional.empty();
    if (body.has("muted_until")) {
      JsonNode value = body.get("muted_until");
      if (!value.isNull() && !(value.canConvertToLong() && value.isIntegralNumber())) {
        throw new IllegalArgumentException("muted_until must be epoch ms or null");
      }
      mutedUntil = Optional.of(value.isNull() ? Optional.empty() : Optional.of(value.longValue()));
    }
    Member changed =
        changeMember.change(
            Caller.of(request),
            groupId(request),
            member(request),
            new ChangeGroupMemberUseCase.MemberChange(role, mutedUntil));
    Bodies.send(response, 200, MemberBody.from(changed, clock.millis()));
  }

  private void removeMember(ServerRequest request, ServerResponse response) {
    Bodies.send(
        response,
        200,
        GroupBody.from(removeMember.remove(Caller.of(request), groupId(request), member(request))));
  }

  private void transfer(ServerRequest request, ServerResponse response) {
    UserId to = UserId.of(Json.requiredString(Bodies.read(request), "user_id"));
    Bodies.send(
        response, 200, GroupBody.from(transfer.transfer(Caller.of(request), groupId(request), to)));
  }

  private void join(ServerRequest request, ServerResponse response) {
    Bodies.send(response, 200, GroupBody.from(join.join(Caller.of(request), groupId(request))));
  }

  private static GroupId groupId(ServerRequest request) {
    return GroupId.of(request.path().pathParameters().get("id"));
  }

  private static UserId member(ServerRequest request) {
    return UserId.of(request.path().pathParameters().get("user"));
  }
}
