package org.lynxim.application.messaging.service;

import java.util.List;
import java.util.Map;
import org.lynxim.application.messaging.port.in.SyncInboxUseCase;
import org.lynxim.application.messaging.port.out.ConversationSettingsStore;
import org.lynxim.application.messaging.port.out.InboxStore;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationSettings;
import org.lynxim.domain.conversation.InboxEntry;
import org.lynxim.domain.conversation.InboxWindow;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.SyncCursor;
import org.lynxim.domain.conversation.SyncPage;
import org.lynxim.domain.user.UserId;

/** Answers a sync from the user's inbox. */
public final class SyncInboxService implements SyncInboxUseCase {
  private final InboxStore inboxes;
  private final ConversationSettingsStore settings;

  public SyncInboxService(InboxStore inboxes, ConversationSettingsStore settings) {
    this.inboxes = inboxes;
    this.settings = settings;
  }

  @Override
  public SyncPage sync(UserId user, SyncCursor cursor) {
    // The window first: entries appended after it was read only add to what follows the cursor,
    // and entries dropped after it was read show as a gap before the first one read.
    InboxWindow window = inboxes.window(user);
    if (!window.covers(cursor.cursor())) {
      return window.page(cursor.cursor(), List.of(), cursor.limit());
    }
    SyncPage page =
        window.page(
            cursor.cursor(),
            inboxes.readAfter(user, window.effective(cursor.cursor()), cursor.limit() + 1),
            cursor.limit());
    return withoutCleared(user, page);
  }

  /**
   * Leaves out entries of what the user deleted for itself; the cursor still moves past them, so a
   * page may hold fewer entries than asked, or none, and more follow.
   */
  private SyncPage withoutCleared(UserId user, SyncPage page) {
    if (page.entries().isEmpty()) {
      return page;
    }
    Map<ConversationId, ConversationSettings> own = settings.allOf(user);
    if (own.values().stream().allMatch(one -> one.clearedSeq() == 0)) {
      return page;
    }
    List<InboxEntry> kept =
        page.entries().stream()
            .filter(
                entry -> {
                  Message message = entry.message();
                  ConversationSettings one = own.get(message.conversationId());
                  return one == null || message.seq() > one.clearedSeq();
                })
            .toList();
    return new SyncPage(kept, page.nextCursor(), page.hasMore(), page.reset());
  }
}
