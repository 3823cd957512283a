package org.lynxim.adapter.in.wire;

import java.util.List;
import org.lynxim.domain.social.FriendRequest;

/** A friend request; {@code message} null when none was given, {@code created_at} epoch ms. */
public record FriendRequestBody(
    String requestId, String from, String to, String message, String status, long createdAt) {

  public static FriendRequestBody from(FriendRequest request) {
    return new FriendRequestBody(
        request.id().value(),
        request.from().value(),
        request.to().value(),
        request.message().orElse(null),
        request.status().wireName(),
        request.createdAt().toEpochMilli());
  }

  /** {@code GET /api/v1/friends/requests}. */
  public record Requests(List<FriendRequestBody> requests) {
    public static Requests from(List<FriendRequest> requests) {
      return new Requests(requests.stream().map(FriendRequestBody::from).toList());
    }
  }
}
