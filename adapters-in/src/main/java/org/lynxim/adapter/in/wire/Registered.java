package org.lynxim.adapter.in.wire;

import org.lynxim.domain.user.UserId;

/** The answer to a registration. */
public record Registered(String userId) {

  public static Registered from(UserId user) {
    return new Registered(user.value());
  }
}
