package org.lynxim.domain.social;

import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.lynxim.domain.RandomIds;
import org.lynxim.domain.Validation;

/** A friend request, named by the server when the request is made. */
public record FriendRequestId(String value) {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final int RANDOM_BYTES = 12;

  public FriendRequestId {
    Validation.requireMatch(value, FORM, "request_id");
  }

  public static FriendRequestId of(String value) {
    return new FriendRequestId(value);
  }

  /** A fresh id of 16 URL-safe characters (96 random bits). */
  public static FriendRequestId generate(RandomGenerator random) {
    return new FriendRequestId(RandomIds.next(random, RANDOM_BYTES));
  }
}
