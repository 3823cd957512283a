package org.lynxim.domain.user;

import java.time.Instant;
import java.util.Objects;

/** Who a valid bearer token names, and until when it is valid. */
public record Authenticated(UserId user, Instant expiresAt) {
  public Authenticated {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
