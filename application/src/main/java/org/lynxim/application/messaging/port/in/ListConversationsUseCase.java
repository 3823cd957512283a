package org.lynxim.application.messaging.port.in;

import java.util.Optional;
import org.lynxim.domain.conversation.ConversationListCursor;
import org.lynxim.domain.conversation.ConversationListPage;
import org.lynxim.domain.conversation.ConversationSummary;
import org.lynxim.domain.user.UserId;

/**
 * The user's conversations: every direct chat with at least one message and every group the user
 * belongs to, pinned first, then newest first ({@link ConversationSummary#LIST_ORDER}), a page of
 * up to {@code limit} (1 to {@value ConversationListPage#MAX_LIMIT}) after {@code after}.
 *
 * @throws IllegalArgumentException a limit outside 1 to 1000
 */
public interface ListConversationsUseCase {
  ConversationListPage list(UserId user, Optional<ConversationListCursor> after, int limit);
}
