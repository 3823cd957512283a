package org.lynxim.adapter.in.wire;

import java.util.List;
import org.lynxim.domain.group.Member;

/** A group member; {@code muted_until} null unless muted now (a mute in the past reads as none). */
public record MemberBody(String userId, String role, long joinedSeq, Long mutedUntil) {

  public static MemberBody from(Member member, long now) {
    return new MemberBody(
        member.userId().value(),
        member.role().wireName(),
        member.joinSeq(),
        member.isMutedAt(now) ? member.mutedUntil().orElseThrow() : null);
  }

  /** {@code GET /api/v1/groups/{id}/members}. */
  public record Members(List<MemberBody> members) {
    public static Members from(List<Member> members, long now) {
      return new Members(members.stream().map(member -> MemberBody.from(member, now)).toList());
    }
  }
}
