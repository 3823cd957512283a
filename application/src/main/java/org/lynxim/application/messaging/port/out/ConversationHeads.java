package org.lynxim.application.messaging.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.lynxim.domain.conversation.ConversationHead;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.user.UserId;

/** The newest message of each conversation, for conversation lists. */
public interface ConversationHeads {

  /** The heads of every direct conversation of the user that has at least one message. */
  List<ConversationHead> directHeadsOf(UserId user);

  /**
   * How many system messages each conversation holds above the given seq, in a few round trips
   * however long the history: what makes unread counts skip them (conversations with none are left
   * out).
   */
  Map<ConversationId, Long> systemMessagesAbove(Map<ConversationId, Long> seqs);

  /** The heads of those of the given conversations that have at least one message. */
  Map<ConversationId, ConversationHead> headsOf(Collection<? extends ConversationId> conversations);
}
