package org.lynxim.domain.conversation;

import java.util.Objects;
import org.lynxim.domain.user.UserId;

/** How far a member of a group read, as other members may see it. */
public record MemberRead(UserId member, ReadPosition position) {
  public MemberRead {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(position, "position");
  }
}
