package org.lynxim.domain.conversation;

import java.util.Objects;

/** The conversation of a group. */
public record GroupChatId(GroupId groupId) implements ConversationId {
  static final String PREFIX = "grp:";

  public GroupChatId {
    Objects.requireNonNull(groupId, "groupId");
  }

  static GroupChatId parse(String raw) {
    return new GroupChatId(GroupId.of(raw.substring(PREFIX.length())));
  }

  @Override
  public String value() {
    return PREFIX + groupId.value();
  }

  @Override
  public String toString() {
    return value();
  }
}
