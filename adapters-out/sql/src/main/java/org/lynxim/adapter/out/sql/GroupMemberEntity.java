package org.lynxim.adapter.out.sql;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Member;
import org.lynxim.domain.group.Role;
import org.lynxim.domain.user.UserId;

/** A row of {@code group_members}; {@code memberNo} orders members by joining. */
@Entity
@Table(name = "group_members")
class GroupMemberEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "member_no")
  Long memberNo;

  @Column(name = "group_id")
  String groupId;

  @Column(name = "user_id")
  String userId;

  @Column(name = "role")
  String role;

  @Column(name = "join_seq")
  long joinSeq;

  @Column(name = "joined_at")
  long joinedAt;

  @Column(name = "muted_until")
  Long mutedUntil;

  static GroupMemberEntity toRow(GroupId group, Member member) {
    GroupMemberEntity row = new GroupMemberEntity();
    row.groupId = group.value();
    row.userId = member.userId().value();
    row.joinedAt = member.joinedAt();
    row.copy(member);
    return row;
  }

  /** Takes what may change of a member: role, join seq (pending until announced), mute. */
  void copy(Member member) {
    role = member.role().name();
    joinSeq = member.joinSeq();
    mutedUntil = member.mutedUntil().orElse(null);
  }

  Member toDomain() {
    return new Member(
        UserId.of(userId), Role.valueOf(role), joinSeq, joinedAt, Optional.ofNullable(mutedUntil));
  }
}
