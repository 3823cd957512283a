package org.lynxim.application.group.port.in;

import java.util.Optional;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Member;
import org.lynxim.domain.group.Role;
import org.lynxim.domain.user.UserId;

/**
 * Changes a member's role (the owner alone) and/or mutes it until a time or unmutes it (owner, or
 * admins for plain members); each change is told by its system message, the role first.
 */
public interface ChangeGroupMemberUseCase {
  Member change(UserId actor, GroupId group, UserId member, MemberChange change);

  /**
   * @param role empty: unchanged
   * @param mutedUntil empty: unchanged; holding empty: unmute; else epoch ms
   */
  record MemberChange(Optional<Role> role, Optional<Optional<Long>> mutedUntil) {
    public MemberChange {
      if (role.isEmpty() && mutedUntil.isEmpty()) {
        throw new IllegalArgumentException("give role or muted_until");
      }
    }
  }
}
