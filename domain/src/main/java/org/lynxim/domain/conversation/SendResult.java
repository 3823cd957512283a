package org.lynxim.domain.conversation;

import java.util.Map;
import java.util.Objects;
import org.lynxim.domain.user.UserId;

/**
 * The stored message; {@code duplicate} when it was stored by an earlier send of the same key;
 * {@code inboxSeqs}: the message's inbox_seq in each member's inbox (empty for a large group, and
 * for a duplicate, whose pushes went out with the first send).
 */
public record SendResult(Message message, boolean duplicate, Map<UserId, Long> inboxSeqs) {
  public SendResult {
    Objects.requireNonNull(message, "message");
    inboxSeqs = Map.copyOf(inboxSeqs);
  }

  public SendResult(Message message, boolean duplicate) {
    this(message, duplicate, Map.of());
  }
}
