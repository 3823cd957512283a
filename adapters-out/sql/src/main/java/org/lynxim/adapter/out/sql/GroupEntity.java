package org.lynxim.adapter.out.sql;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Announcement;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.GroupName;
import org.lynxim.domain.group.Member;
import org.lynxim.domain.user.UserId;

/** A row of {@code chat_groups}; its members are rows of their own. */
@Entity
@Table(name = "chat_groups")
class GroupEntity {
  @Id
  @Column(name = "group_id")
  String groupId;

  @Column(name = "name")
  String name;

  @Column(name = "owner_id")
  String ownerId;

  @Column(name = "created_at")
  long createdAt;

  @Column(name = "announcement")
  String announcement;

  @Column(name = "muted_all")
  boolean mutedAll;

  @Column(name = "joinable")
  boolean joinable;

  @Column(name = "dissolved")
  boolean dissolved;

  static GroupEntity toRow(Group group, long createdAt) {
    GroupEntity row = new GroupEntity();
    row.groupId = group.id().value();
    row.name = group.name().value();
    row.ownerId = group.owner().value();
    row.createdAt = createdAt;
    row.copySettings(group);
    return row;
  }

  /** Takes the group's own settings and owner (everything but its members and creation). */
  void copySettings(Group group) {
    name = group.name().value();
    ownerId = group.owner().value();
    announcement = group.announcement().text();
    mutedAll = group.mutedAll();
    joinable = group.joinable();
    dissolved = group.dissolved();
  }

  Group toDomain(List<Member> members) {
    return new Group(
        GroupId.of(groupId),
        GroupName.of(name),
        UserId.of(ownerId),
        members,
        new Announcement(announcement),
        mutedAll,
        joinable,
        dissolved);
  }
}
