package org.lynxim.domain.conversation;

import java.util.Objects;
import org.lynxim.domain.user.UserId;

/**
 * A message as it stands in one user's inbox: the one log of all that user's direct chats and small
 * groups, numbered per user by {@code inboxSeq} (1, 2, 3, ... across conversations).
 */
public record InboxEntry(UserId owner, long inboxSeq, Message message) {
  public InboxEntry {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(message, "message");
    if (inboxSeq < 1) {
      throw new IllegalArgumentException("inbox_seq must be at least 1");
    }
  }
}
