package org.lynxim.application.messaging.port.in;

import java.util.List;
import org.lynxim.domain.conversation.ConversationSummary;
import org.lynxim.domain.user.UserId;

/**
 * The user's conversations: every direct chat with at least one message and every group the user
 * belongs to, newest first ({@link ConversationSummary#NEWEST_FIRST}).
 */
public interface ListConversationsUseCase {
  List<ConversationSummary> list(UserId user);
}
