package org.lynxim.domain.conversation;

import java.util.Objects;
import org.lynxim.domain.user.UserId;

/** The one direct conversation of two distinct users, named with the smaller id first. */
public record DirectChatId(UserId low, UserId high) implements ConversationId {
  static final String PREFIX = "dm:";

  public DirectChatId {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    if (low.compareTo(high) >= 0) {
      throw new IllegalArgumentException(
          "conversation_id must name two different users in ascending order");
    }
  }

  /** The direct chat of two users, in either order. */
  public static DirectChatId between(UserId one, UserId other) {
    return one.compareTo(other) < 0 ? new DirectChatId(one, other) : new DirectChatId(other, one);
  }

  static DirectChatId parse(String raw) {
    String[] parts = raw.substring(PREFIX.length()).split(":", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("conversation_id must be dm:<a>:<b>");
    }
    return new DirectChatId(UserId.of(parts[0]), UserId.of(parts[1]));
  }

  public boolean involves(UserId user) {
    return low.equals(user) || high.equals(user);
  }

  /** The other party; only meaningful for one of the two parties. */
  public UserId peerOf(UserId user) {
    return low.equals(user) ? high : low;
  }

  @Override
  public String value() {
    return PREFIX + low.value() + ":" + high.value();
  }

  @Override
  public String toString() {
    return value();
  }
}
