package org.lynxim.domain.social;

import java.time.Instant;
import java.util.Objects;
import org.lynxim.domain.user.UserId;

/** A user the owner of the list blocked, and since when (a second block keeps the first time). */
public record Block(UserId user, Instant since) {
  public Block {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(since, "since");
  }
}
