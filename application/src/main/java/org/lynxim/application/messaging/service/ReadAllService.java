package org.lynxim.application.messaging.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.lynxim.application.messaging.port.in.AckMessagesUseCase;
import org.lynxim.application.messaging.port.in.ReadAllUseCase;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationSummary;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.user.UserId;

/**
 * Acks, one by one, each conversation of the list whose position is behind its last seq, so that
 * every ack tells what an ack tells. A rare call: the list read plus an ack per unread
 * conversation.
 */
public final class ReadAllService implements ReadAllUseCase {
  private final ListConversationsService list;
  private final AckMessagesUseCase ack;

  public ReadAllService(ListConversationsService list, AckMessagesUseCase ack) {
    this.list = list;
    this.ack = ack;
  }

  @Override
  public Map<ConversationId, ReadPosition> readAll(UserId user) {
    Map<ConversationId, ReadPosition> moved = new LinkedHashMap<>();
    for (ConversationSummary summary : list.summaries(user)) {
      if (summary.isBehind() && !summary.dissolved()) {
        moved.put(
            summary.conversationId(),
            ack.ack(user, Optional.empty(), summary.conversationId(), summary.lastSeq()));
      }
    }
    return moved;
  }
}
