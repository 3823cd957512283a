package org.lynxim.adapter.in.wire;

import java.util.List;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.user.UserId;

/** A group as its members see it. */
public record GroupBody(
    String groupId, String conversationId, String name, String owner, List<String> members) {

  public static GroupBody from(Group group) {
    return new GroupBody(
        group.id().value(),
        group.conversationId().value(),
        group.name().value(),
        group.owner().value(),
        group.memberIds().stream().map(UserId::value).toList());
  }
}
