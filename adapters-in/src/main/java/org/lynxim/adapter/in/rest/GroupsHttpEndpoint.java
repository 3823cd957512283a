package org.lynxim.adapter.in.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import org.lynxim.adapter.in.UseCases;
import org.lynxim.adapter.in.json.Json;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.GroupName;
import org.lynxim.domain.user.UserId;

/** {@code /api/v1/groups}: create a group, show it, add and remove members. */
public final class GroupsHttpEndpoint implements HttpService {
  private final UseCases useCases;

  public GroupsHttpEndpoint(UseCases useCases) {
    this.useCases = useCases;
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
    Bodies.send(
        response, 201, toJson(useCases.createGroup().create(Caller.of(request), groupName, users)));
  }

  private void get(ServerRequest request, ServerResponse response) {
    Bodies.send(
        response, 200, toJson(useCases.getGroup().get(Caller.of(request), groupId(request))));
  }

  private void addMembers(ServerRequest request, ServerResponse response) {
    UserId caller = Caller.of(request);
    GroupId group = groupId(request);
    List<String> ids =
        Json.optionalStrings(Bodies.read(request), "user_ids")
            .orElseThrow(() -> new IllegalArgumentException("user_ids is required"));
    List<UserId> users = ids.stream().map(UserId::of).toList();
    Bodies.send(response, 200, toJson(useCases.addGroupMembers().add(caller, group, users)));
  }

  private void removeMember(ServerRequest request, ServerResponse response) {
    UserId caller = Caller.of(request);
    GroupId group = groupId(request);
    UserId target = UserId.of(request.path().pathParameters().get("user"));
    Bodies.send(response, 200, toJson(useCases.removeGroupMember().remove(caller, group, target)));
  }

  private static GroupId groupId(ServerRequest request) {
    return GroupId.of(request.path().pathParameters().get("id"));
  }

  private static ObjectNode toJson(Group group) {
    ObjectNode node = Json.object();
    node.put("group_id", group.id().value());
    node.put("conversation_id", group.conversationId().value());
    node.put("name", group.name().value());
    node.put("owner", group.owner().value());
    ArrayNode members = node.putArray("members");
    group.memberIds().forEach(member -> members.add(member.value()));
    return node;
  }
}
