package org.lynxim.application.messaging.port.in;

import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.user.UserId;

/**
 * Deletes a conversation for the caller alone, up to its last seq: the caller's pulls and syncs
 * skip what is older, its read position moves up to it (telling no one), and the conversation
 * leaves its list until a newer message or a settings change. The caller's devices are told (notice
 * {@code conversation_cleared}).
 *
 * @return the cleared seq
 * @throws org.lynxim.domain.error.NotFoundException no such conversation
 * @throws org.lynxim.domain.error.ForbiddenException not a member
 */
public interface ClearConversationUseCase {
  long clear(UserId user, ConversationId conversation);
}
