package org.lynxim.application.port.out;

import java.util.List;
import org.lynxim.domain.conversation.InboxEntry;
import org.lynxim.domain.conversation.InboxWindow;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.user.UserId;

/**
 * Each user's inbox: one log of the messages of all their direct chats and small groups, numbered
 * per user by inbox_seq. Durable. Visibility follows inbox_seq per user: appends to one user's
 * inbox are serialized, so an entry committed later always has a larger inbox_seq.
 */
public interface InboxStore {

  /** A message for one user's inbox. */
  record Addition(UserId owner, Message message) {}

  /**
   * Appends to the owners' inboxes in one transaction, each owner's additions taking that owner's
   * next inbox_seqs in list order, and answers the entries in the same order.
   */
  List<InboxEntry> append(List<Addition> additions);

  /** What the user's inbox holds. */
  InboxWindow window(UserId owner);

  /** Up to {@code max} entries with an inbox_seq above {@code cursor}, ascending. */
  List<InboxEntry> readAfter(UserId owner, long cursor, int max);

  /**
   * Drops entries added before {@code addedBefore} (epoch millis) that are not among each user's
   * newest {@code keepLatest}; answers how many were dropped.
   */
  int trim(long addedBefore, int keepLatest);
}
