package org.lynxim.domain.social;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.lynxim.domain.Validation;
import org.lynxim.domain.user.UserId;

/**
 * One user asking another to become friends, with an optional message of at most {@value
 * #MAX_MESSAGE_LENGTH} characters. Only its addressee answers it, once.
 */
public record FriendRequest(
    FriendRequestId id,
    UserId from,
    UserId to,
    Optional<String> message,
    FriendRequestStatus status,
    Instant createdAt) {
  public static final int MAX_MESSAGE_LENGTH = 256;

  public FriendRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    if (from.equals(to)) {
      throw new IllegalArgumentException("you cannot befriend yourself");
    }
    message.ifPresent(text -> Validation.requireLength(text, 0, MAX_MESSAGE_LENGTH, "message"));
  }

  /** A new request, waiting for {@code to} to answer. */
  public static FriendRequest open(
      FriendRequestId id, UserId from, UserId to, Optional<String> message, Instant now) {
    return new FriendRequest(id, from, to, message, FriendRequestStatus.PENDING, now);
  }

  public boolean isPending() {
    return status == FriendRequestStatus.PENDING;
  }

  /**
   * The answer of {@code actor}: only the addressee answers, and only a pending request.
   *
   * @param accept true to accept (the two become friends), false to reject
   */
  public FriendRequestOutcome.Answering answer(UserId actor, boolean accept) {
    if (!actor.equals(to)) {
      return new FriendRequestOutcome.Refused(FriendRefusal.NOT_YOURS);
    }
    if (!isPending()) {
      return new FriendRequestOutcome.Refused(FriendRefusal.NOT_PENDING);
    }
    return new FriendRequestOutcome.Answered(
        withStatus(accept ? FriendRequestStatus.ACCEPTED : FriendRequestStatus.REJECTED));
  }

  public FriendRequest withStatus(FriendRequestStatus newStatus) {
    return new FriendRequest(id, from, to, message, newStatus, createdAt);
  }
}
