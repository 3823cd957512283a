package org.lynxim.application.messaging.port.in;

import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.user.UserId;

/**
 * Replaces a text message's content, by its sender within the edit window; the message gets {@code
 * edited_at}, and a {@code message_updated} system message tells the members.
 *
 * @throws org.lynxim.domain.error.NotFoundException no such message the caller can see
 * @throws org.lynxim.domain.error.ForbiddenException not the sender ({@code not_allowed}), or
 *     {@code edit_window_passed}
 * @throws IllegalArgumentException not a text message
 * @throws org.lynxim.domain.error.ConflictException {@code recalled}
 */
public interface EditMessageUseCase {
  Message edit(UserId actor, ConversationId conversation, long seq, MessageContent content);
}
