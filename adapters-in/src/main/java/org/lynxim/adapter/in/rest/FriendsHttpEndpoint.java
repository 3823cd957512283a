package org.lynxim.adapter.in.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;
import org.lynxim.adapter.in.json.Json;
import org.lynxim.adapter.in.wire.FriendBody;
import org.lynxim.adapter.in.wire.FriendRequestBody;
import org.lynxim.application.social.port.in.AnswerFriendRequestUseCase;
import org.lynxim.application.social.port.in.ListFriendRequestsUseCase;
import org.lynxim.application.social.port.in.ListFriendsUseCase;
import org.lynxim.application.social.port.in.RemarkFriendUseCase;
import org.lynxim.application.social.port.in.RemoveFriendUseCase;
import org.lynxim.application.social.port.in.RequestFriendshipUseCase;
import org.lynxim.domain.social.FriendRequestId;
import org.lynxim.domain.social.Remark;
import org.lynxim.domain.social.RequestDirection;
import org.lynxim.domain.user.UserId;

/** {@code /api/v1/friends}: friend requests, the caller's friends and remarks about them. */
public final class FriendsHttpEndpoint implements HttpService {
  private final RequestFriendshipUseCase requestFriendship;
  private final ListFriendRequestsUseCase requests;
  private final AnswerFriendRequestUseCase answer;
  private final ListFriendsUseCase friends;
  private final RemarkFriendUseCase remark;
  private final RemoveFriendUseCase remove;

  public FriendsHttpEndpoint(
      RequestFriendshipUseCase requestFriendship,
      ListFriendRequestsUseCase requests,
      AnswerFriendRequestUseCase answer,
      ListFriendsUseCase friends,
      RemarkFriendUseCase remark,
      RemoveFriendUseCase remove) {
    this.requestFriendship = requestFriendship;
    this.requests = requests;
    this.answer = answer;
    this.friends = friends;
    this.remark = remark;
    this.remove = remove;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .post("/requests", this::request)
        .get("/requests", this::requests)
        .post("/requests/{request}/accept", (req, res) -> answer(req, res, true))
        .post("/requests/{request}/reject", (req, res) -> answer(req, res, false))
        .get("/", this::friends)
        .patch("/{user}", this::remark)
        .delete("/{user}", this::remove);
  }

  private void request(ServerRequest request, ServerResponse response) {
    ObjectNode body = Bodies.read(request);
    UserId target = UserId.of(Json.requiredString(body, "user_id"));
    Optional<String> message = Json.optionalString(body, "message");
    RequestFriendshipUseCase.Requested requested =
        requestFriendship.request(Caller.of(request), target, message);
    Bodies.send(
        response, requested.isNew() ? 201 : 200, FriendRequestBody.from(requested.request()));
  }

  private void requests(ServerRequest request, ServerResponse response) {
    RequestDirection direction =
        RequestDirection.of(request.query().first("direction").asOptional().orElse("incoming"));
    Bodies.send(
        response,
        200,
        FriendRequestBody.Requests.from(requests.requests(Caller.of(request), direction)));
  }

  private void answer(ServerRequest request, ServerResponse response, boolean accept) {
    FriendRequestId id = FriendRequestId.of(request.path().pathParameters().get("request"));
    Bodies.send(
        response, 200, FriendRequestBody.from(answer.answer(Caller.of(request), id, accept)));
  }

  private void friends(ServerRequest request, ServerResponse response) {
    Bodies.send(response, 200, FriendBody.Friends.from(friends.friends(Caller.of(request))));
  }

  private void remark(ServerRequest request, ServerResponse response) {
    ObjectNode body = Bodies.read(request);
    Optional<Remark> remarked =
        Json.patchedString(body, "remark")
            .orElseThrow(() -> new IllegalArgumentException("remark is required (null clears)"))
            .map(Remark::new);
    Bodies.send(
        response,
        200,
        FriendBody.from(remark.remark(Caller.of(request), friend(request), remarked)));
  }

  private void remove(ServerRequest request, ServerResponse response) {
    remove.remove(Caller.of(request), friend(request));
    response.status(204).send();
  }

  private static UserId friend(ServerRequest request) {
    return UserId.of(request.path().pathParameters().get("user"));
  }
}
