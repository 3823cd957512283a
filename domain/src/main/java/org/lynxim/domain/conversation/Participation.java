package org.lynxim.domain.conversation;

import java.util.List;
import org.lynxim.domain.user.UserId;

/**
 * A user's place in a conversation: who is in it (the push recipients) and the seq the user joined
 * at, below which the user sees nothing (0 in a direct chat).
 */
public record Participation(ConversationId conversation, List<UserId> members, long joinSeq) {

  /** The user's read position, which never starts below the join seq. */
  public ReadPosition effective(ReadPosition stored) {
    return stored.max(new ReadPosition(joinSeq));
  }
}
