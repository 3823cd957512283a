package org.lynxim.application.messaging.port.in;

import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.user.UserId;

/**
 * One message as the caller may see it (a member, above its join seq and what it deleted for
 * itself; a dissolved group's members still read it).
 *
 * @throws org.lynxim.domain.error.NotFoundException no such conversation or message it can see
 * @throws org.lynxim.domain.error.ForbiddenException not a member
 */
public interface ReadMessageUseCase {
  Message message(UserId reader, ConversationId conversation, long seq);
}
