package org.lynxim.adapter.in.wire;

import java.util.List;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.Member;
import org.lynxim.domain.user.UserId;

/** A group as its members see it; {@code members} in joining order. */
public record GroupBody(
    String groupId,
    String conversationId,
    String name,
    String owner,
    List<String> members,
    List<String> admins,
    String announcement,
    boolean mutedAll,
    boolean joinable,
    boolean dissolved) {

  public static GroupBody from(Group group) {
    return new GroupBody(
        group.id().value(),
        group.conversationId().value(),
        group.name().value(),
        group.owner().value(),
        group.members().stream()
            .filter(member -> !member.isPending())
            .map(Member::userId)
            .map(UserId::value)
            .toList(),
        group.admins().stream().map(UserId::value).toList(),
        group.announcement().text(),
        group.mutedAll(),
        group.joinable(),
        group.dissolved());
  }

  /** {@code GET /api/v1/groups}. */
  public record Groups(List<GroupBody> groups) {
    public static Groups from(List<Group> groups) {
      return new Groups(groups.stream().map(GroupBody::from).toList());
    }
  }
}
