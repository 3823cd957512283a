package org.lynxim.application.messaging.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.InboxEntry;
import org.lynxim.domain.conversation.InboxFill;
import org.lynxim.domain.conversation.InboxWindow;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.user.UserId;

/**
 * Each user's inbox: one log of the messages of all their direct chats and small groups, numbered
 * per user by inbox_seq. Visibility follows inbox_seq per user: appends to one user's inbox are
 * serialized, so an entry visible later always has a larger inbox_seq.
 *
 * <p>Each conversation's messages are filled into inboxes in seq order; the store remembers how far
 * (the conversation's filled seq), which makes a repeated fill (after a redelivery or a crash)
 * harmless and a lost one visible.
 */
public interface InboxStore {

  /** One conversation's messages (ascending seq) for the inboxes of its owners. */
  record Fill(ConversationId conversation, List<Message> messages, List<UserId> owners) {
    public Fill {
      messages = List.copyOf(messages);
      owners = owners.stream().distinct().toList();
    }
  }

  /**
   * Appends each conversation's messages to each of its owners' inboxes, all fills in one atomic
   * step: for each message, each owner takes their next inbox_seq. What each conversation's fill
   * brings and whether a fill was lost before it follow {@link InboxFill}: after a lost fill, each
   * owner's inbox is marked as starting after its new entries, so that a sync from before them
   * answers reset rather than miss messages. A fill with no owners only moves the filled seq
   * (messages that go to no inbox). Answers the new entries, fill by fill, message by message and
   * owner by owner.
   */
  List<InboxEntry> append(List<Fill> fills);

  /** {@link #append(List)} for one conversation. */
  default List<InboxEntry> append(
      ConversationId conversation, List<Message> messages, Collection<UserId> owners) {
    return append(List.of(new Fill(conversation, messages, List.copyOf(owners))));
  }

  /**
   * Up to {@code max} conversations whose stored messages are ahead of their filled seq, each with
   * its filled seq (0 when never filled): fills a crash cut off. Empty for a store that does not
   * see the timeline (its fills are redelivered by the pipeline instead).
   */
  Map<ConversationId, Long> behindTimeline(int max);

  /** What the user's inbox holds. */
  InboxWindow window(UserId owner);

  /** Up to {@code max} entries with an inbox_seq above {@code cursor}, ascending. */
  List<InboxEntry> readAfter(UserId owner, long cursor, int max);

  /**
   * Drops entries added before {@code addedBefore} (epoch millis) that are not among each user's
   * newest {@code keepLatest}; answers how many were dropped.
   */
  int trim(long addedBefore, int keepLatest);

  /**
   * Whether entries hold copies of the messages as they were filled (true), so that a message
   * recalled or edited since reads as it was; or read them from the timeline as they are now.
   */
  default boolean holdsCopies() {
    return false;
  }

  /**
   * For a store that {@link #holdsCopies}: rewrites the owners' copies of a message recalled since
   * it was filled as it reads now, so that its content is gone from the copies too. Nothing to do
   * for a store that reads messages from the timeline.
   */
  default void rewriteRecalled(Message recalled, Collection<UserId> owners) {}
}
