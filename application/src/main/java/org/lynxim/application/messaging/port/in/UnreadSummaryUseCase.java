package org.lynxim.application.messaging.port.in;

import org.lynxim.domain.user.UserId;

/** How much the caller has unread, over all its conversations but the muted ones. */
public interface UnreadSummaryUseCase {
  Summary unread(UserId user);

  /**
   * @param totalUnread the sum of unread over the list
   * @param conversations how many conversations have some
   */
  record Summary(long totalUnread, int conversations) {}
}
