package org.lynxim.application.messaging.port.in;

import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.user.UserId;

/** Whether a user may read a conversation now: one of a direct chat's two, a group's member. */
public interface CanReadConversationUseCase {
  boolean canRead(UserId user, ConversationId conversation);
}
