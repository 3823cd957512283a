package org.lynxim.application.messaging.service;

import java.util.List;
import org.lynxim.application.messaging.port.in.SyncInboxUseCase;
import org.lynxim.application.messaging.port.out.InboxStore;
import org.lynxim.domain.conversation.InboxWindow;
import org.lynxim.domain.conversation.SyncCursor;
import org.lynxim.domain.conversation.SyncPage;
import org.lynxim.domain.user.UserId;

/** Answers a sync from the user's inbox. */
public final class SyncInboxService implements SyncInboxUseCase {
  private final InboxStore inboxes;

  public SyncInboxService(InboxStore inboxes) {
    this.inboxes = inboxes;
  }

  @Override
  public SyncPage sync(UserId user, SyncCursor cursor) {
    // The window first: entries appended after it was read only add to what follows the cursor,
    // and entries dropped after it was read show as a gap before the first one read.
    InboxWindow window = inboxes.window(user);
    if (!window.covers(cursor.cursor())) {
      return window.page(cursor.cursor(), List.of(), cursor.limit());
    }
    return window.page(
        cursor.cursor(),
        inboxes.readAfter(user, window.effective(cursor.cursor()), cursor.limit() + 1),
        cursor.limit());
  }
}
