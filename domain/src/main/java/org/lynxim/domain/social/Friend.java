package org.lynxim.domain.social;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.lynxim.domain.user.Nickname;
import org.lynxim.domain.user.UserId;

/**
 * A friend as its user sees it: the friend's nickname, the user's private remark about the friend,
 * and since when they are friends.
 */
public record Friend(
    UserId user, Optional<Nickname> nickname, Optional<Remark> remark, Instant since) {
  public Friend {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(nickname, "nickname");
    Objects.requireNonNull(remark, "remark");
    Objects.requireNonNull(since, "since");
  }
}
