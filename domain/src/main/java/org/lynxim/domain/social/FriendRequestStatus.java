package org.lynxim.domain.social;

import java.util.Arrays;

/** Where a friend request stands: waiting for its addressee, or answered. */
public enum FriendRequestStatus {
  PENDING("pending"),
  ACCEPTED("accepted"),
  REJECTED("rejected");

  private final String wireName;

  FriendRequestStatus(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static FriendRequestStatus of(String wireName) {
    return Arrays.stream(values())
        .filter(status -> status.wireName.equals(wireName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown request status " + wireName));
  }
}
