package org.lynxim.application.messaging.port.in;

import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Page;
import org.lynxim.domain.conversation.PullCursor;
import org.lynxim.domain.user.UserId;

/**
 * Reads a conversation after a cursor, in ascending seq. A group member sees only the messages sent
 * after it joined.
 *
 * @throws org.lynxim.domain.error.NotFoundException no such group or user
 * @throws org.lynxim.domain.error.ForbiddenException the reader is not a member
 */
public interface PullMessagesUseCase {
  Page pull(UserId reader, ConversationId conversation, PullCursor cursor);
}
