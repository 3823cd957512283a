package org.lynxim.application.messaging.service;

import org.lynxim.application.messaging.port.in.UnreadSummaryUseCase;
import org.lynxim.domain.conversation.ConversationSummary;
import org.lynxim.domain.user.UserId;

/** Sums the list's unread counts, muted conversations left out. */
public final class UnreadSummaryService implements UnreadSummaryUseCase {
  private final ListConversationsService list;

  public UnreadSummaryService(ListConversationsService list) {
    this.list = list;
  }

  @Override
  public Summary unread(UserId user) {
    long total = 0;
    int conversations = 0;
    for (ConversationSummary summary : list.summaries(user)) {
      if (!summary.settings().muted() && summary.unread() > 0) {
        total += summary.unread();
        conversations++;
      }
    }
    return new Summary(total, conversations);
  }
}
