package org.lynxim.domain.group;

import java.util.Objects;
import org.lynxim.domain.user.UserId;

/**
 * A member of a group. {@code joinSeq} is the group's last seq when the member joined: the member
 * sees only later messages, and its read position starts there. {@code joinedAt} is epoch millis.
 */
public record Member(UserId userId, Role role, long joinSeq, long joinedAt) {
  public Member {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(role, "role");
    if (joinSeq < 0) {
      throw new IllegalArgumentException("joinSeq must be >= 0");
    }
  }

  public boolean isOwner() {
    return role == Role.OWNER;
  }
}
