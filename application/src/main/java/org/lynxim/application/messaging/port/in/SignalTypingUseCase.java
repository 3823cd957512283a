package org.lynxim.application.messaging.port.in;

import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * Tells the other members' online devices that the user is typing, or stopped (cmd 21). Relayed
 * only in conversations with inbox diffusion; dropped, without an error, over one frame per
 * conversation per second from a device, and between users of a direct chat where either blocked
 * the other.
 *
 * @throws org.lynxim.domain.error.NotFoundException no such conversation
 * @throws org.lynxim.domain.error.ForbiddenException not a member
 */
public interface SignalTypingUseCase {
  void typing(UserId user, DeviceId device, ConversationId conversation, boolean typing);
}
