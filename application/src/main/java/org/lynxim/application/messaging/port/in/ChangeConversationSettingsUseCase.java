package org.lynxim.application.messaging.port.in;

import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationSettings;
import org.lynxim.domain.conversation.ConversationSettingsChange;
import org.lynxim.domain.user.UserId;

/**
 * Pins, mutes or keeps a draft for a conversation, for the caller alone (also a direct chat with no
 * message yet). The caller's devices are told (notice {@code conversation_settings}).
 *
 * @throws org.lynxim.domain.error.NotFoundException no such conversation
 * @throws org.lynxim.domain.error.ForbiddenException not a member
 */
public interface ChangeConversationSettingsUseCase {
  ConversationSettings change(
      UserId user, ConversationId conversation, ConversationSettingsChange change);
}
