package org.lynxim.domain.group;

import java.util.Objects;
import java.util.Optional;
import org.lynxim.domain.user.UserId;

/**
 * A member of a group. {@code joinSeq} is the seq below which the member sees nothing: the seq
 * before the system message that added it ({@link #PENDING_JOIN} until that message is stored, and
 * then the member is not yet one). {@code joinedAt} is epoch millis; {@code mutedUntil} too, when
 * the member is muted.
 */
public record Member(
    UserId userId, Role role, long joinSeq, long joinedAt, Optional<Long> mutedUntil) {

  /** The join seq of a member whose joining is not announced yet. */
  public static final long PENDING_JOIN = Long.MAX_VALUE;

  public Member {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(mutedUntil, "mutedUntil");
    if (joinSeq < 0) {
      throw new IllegalArgumentException("joinSeq must be >= 0");
    }
  }

  /** A member that is not muted. */
  public Member(UserId userId, Role role, long joinSeq, long joinedAt) {
    this(userId, role, joinSeq, joinedAt, Optional.empty());
  }

  public boolean isOwner() {
    return role == Role.OWNER;
  }

  /** The owner or an admin: those who manage the group. */
  public boolean manages() {
    return role != Role.MEMBER;
  }

  public boolean isPending() {
    return joinSeq == PENDING_JOIN;
  }

  /** Whether the member is muted at {@code now} (epoch ms); a mute in the past reads as none. */
  public boolean isMutedAt(long now) {
    return mutedUntil.filter(until -> until > now).isPresent();
  }

  public Member withRole(Role newRole) {
    return new Member(userId, newRole, joinSeq, joinedAt, mutedUntil);
  }

  public Member withMutedUntil(Optional<Long> until) {
    return new Member(userId, role, joinSeq, joinedAt, until);
  }

  public Member joinedAt(long seq) {
    return new Member(userId, role, seq, joinedAt, mutedUntil);
  }
}
