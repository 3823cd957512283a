package org.lynxim.application.messaging.port.in;

import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.user.UserId;

/**
 * Recalls a message: it keeps its seq and reads as empty and recalled everywhere from then on, and
 * a {@code message_recalled} system message tells the members. Its sender may recall it within the
 * recall window; a group's owner any message, an admin a plain member's, at any time. Recalling
 * again answers the same and tells nobody.
 *
 * @throws org.lynxim.domain.error.NotFoundException no such message the caller can see
 * @throws IllegalArgumentException a system message or call log
 * @throws org.lynxim.domain.error.ForbiddenException {@code recall_window_passed} or {@code
 *     not_allowed}
 */
public interface RecallMessageUseCase {
  Message recall(UserId actor, ConversationId conversation, long seq);
}
