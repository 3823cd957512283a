package org.lynxim.application.messaging.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lynxim.application.messaging.port.in.SyncInboxUseCase;
import org.lynxim.application.messaging.port.out.ConversationSettingsStore;
import org.lynxim.application.messaging.port.out.InboxStore;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationSettings;
import org.lynxim.domain.conversation.IdempotencyKey;
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
  private final MessageStore messages;
  private final StreamsSoFar streams;

  public SyncInboxService(
      InboxStore inboxes,
      ConversationSettingsStore settings,
      MessageStore messages,
      StreamsSoFar streams) {
    this.inboxes = inboxes;
    this.settings = settings;
    this.messages = messages;
    this.streams = streams;
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
    return streamsSoFar(asTheyAreNow(withoutCleared(user, page)));
  }

  private SyncPage streamsSoFar(SyncPage page) {
    List<Message> stored = page.entries().stream().map(InboxEntry::message).toList();
    List<Message> sofar = streams.apply(stored);
    if (sofar == stored) {
      return page;
    }
    List<InboxEntry> entries = new ArrayList<>(sofar.size());
    for (int i = 0; i < sofar.size(); i++) {
      InboxEntry entry = page.entries().get(i);
      entries.add(new InboxEntry(entry.owner(), entry.inboxSeq(), sofar.get(i)));
    }
    return new SyncPage(entries, page.nextCursor(), page.hasMore(), page.reset());
  }

  /**
   * Where the inbox holds copies, the page's messages as they stand now: recalled or edited since
   * they were filled. One batched read of the timeline per page.
   */
  private SyncPage asTheyAreNow(SyncPage page) {
    if (!inboxes.holdsCopies() || page.entries().isEmpty()) {
      return page;
    }
    Map<IdempotencyKey, Message> current =
        messages.findStored(page.entries().stream().map(entry -> entry.message().key()).toList());
    List<InboxEntry> entries =
        page.entries().stream()
            .map(
                entry ->
                    new InboxEntry(
                        entry.owner(),
                        entry.inboxSeq(),
                        current.getOrDefault(entry.message().key(), entry.message())))
            .toList();
    return new SyncPage(entries, page.nextCursor(), page.hasMore(), page.reset());
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
