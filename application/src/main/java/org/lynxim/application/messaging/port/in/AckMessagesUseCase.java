package org.lynxim.application.messaging.port.in;

import java.util.Optional;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * Records how far a user has read a conversation, for all of the user's devices. The position only
 * moves forward: an older ack answers the current position. When it moves, the user's other online
 * devices are told.
 *
 * @throws IllegalArgumentException a seq below 0 or beyond the conversation's last seq
 * @throws org.lynxim.domain.error.NotFoundException no such group or user
 * @throws org.lynxim.domain.error.ForbiddenException the user is not a member
 */
public interface AckMessagesUseCase {
  ReadPosition ack(UserId user, Optional<DeviceId> device, ConversationId conversation, long seq);
}
