package org.lynxim.adapter.in.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import org.lynxim.adapter.in.json.Json;
import org.lynxim.adapter.in.wire.GroupBody;
import org.lynxim.application.group.port.in.AddGroupMembersUseCase;
import org.lynxim.application.group.port.in.CreateGroupUseCase;
import org.lynxim.application.group.port.in.GetGroupUseCase;
import org.lynxim.application.group.port.in.RemoveGroupMemberUseCase;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.GroupName;
import org.lynxim.domain.user.UserId;

/** {@code /api/v1/groups}: create a group, show it, add and remove members. */
public final class GroupsHttpEndpoint implements HttpService {
  private final CreateGroupUseCase create;
  private final GetGroupUseCase get;
  private final AddGroupMembersUseCase addMembers;
  private final RemoveGroupMemberUseCase removeMember;

  public GroupsHttpEndpoint(
      CreateGroupUseCase create,
      GetGroupUseCase get,
      AddGroupMembersUseCase addMembers,
      RemoveGroupMemberUseCase removeMember) {
    this.create = create;
    this.get = get;
    this.addMembers = addMembers;
    this.removeMember = removeMember;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .post("/", this::create)
        .get("/{id}", this::get)
        .post("/{id}/members", this::addMembers)
        .delete("/{id}/members/{user}", this::removeMember);
  }

  private void create(ServerRequest request, ServerResponse response) {
    ObjectNode body = Bodies.read(request);
    String name = Json.requiredString(body, "name");
    List<String> members = Json.optionalStrings(body, "members").orElse(List.of());
    GroupName groupName = GroupName.of(name);
    List<UserId> users = members.stream().map(UserId::of).toList();
    Bodies.send(response, 201, GroupBody.from(create.create(Caller.of(request), groupName, users)));
  }

  private void get(ServerRequest request, ServerResponse response) {
    Bodies.send(response, 200, GroupBody.from(get.get(Caller.of(request), groupId(request))));
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

  private void removeMember(ServerRequest request, ServerResponse response) {
    UserId caller = Caller.of(request);
    GroupId group = groupId(request);
    UserId target = UserId.of(request.path().pathParameters().get("user"));
    Bodies.send(response, 200, GroupBody.from(removeMember.remove(caller, group, target)));
  }

  private static GroupId groupId(ServerRequest request) {
    return GroupId.of(request.path().pathParameters().get("id"));
  }
}
