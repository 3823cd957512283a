package org.lynxim.application.messaging.service;

import java.util.List;
import java.util.Map;
import org.lynxim.application.messaging.port.in.RecoverInboxFillsUseCase;
import org.lynxim.application.messaging.port.out.InboxStore;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;

/** Fills the conversations whose stored messages are ahead of their inbox fill. */
public final class RecoverInboxFillsService implements RecoverInboxFillsUseCase {
  private static final int CONVERSATIONS_PER_ROUND = 200;
  private static final int MESSAGES_PER_FILL = 500;

  private final InboxStore inboxes;
  private final MessageStore messages;
  private final InboxFanOut filler;

  public RecoverInboxFillsService(InboxStore inboxes, MessageStore messages, InboxFanOut filler) {
    this.inboxes = inboxes;
    this.messages = messages;
    this.filler = filler;
  }

  @Override
  public int recover() {
    int recovered = 0;
    Map<ConversationId, Long> behind = inboxes.behindTimeline(CONVERSATIONS_PER_ROUND);
    while (!behind.isEmpty()) {
      behind.forEach(this::fillAfter);
      recovered += behind.size();
      if (behind.size() < CONVERSATIONS_PER_ROUND) {
        break; // all found in one round, and all filled now
      }
      Map<ConversationId, Long> still = inboxes.behindTimeline(CONVERSATIONS_PER_ROUND);
      if (still.equals(behind)) {
        break; // no progress: leave them to the next start rather than loop
      }
      behind = still;
    }
    return recovered;
  }

  private void fillAfter(ConversationId conversation, long filledSeq) {
    List<Message> page = messages.readAfter(conversation, filledSeq, MESSAGES_PER_FILL);
    while (!page.isEmpty()) {
      filler.fill(page);
      page = messages.readAfter(conversation, page.getLast().seq(), MESSAGES_PER_FILL);
    }
  }
}
