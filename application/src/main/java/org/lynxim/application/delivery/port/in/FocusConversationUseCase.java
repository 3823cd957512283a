package org.lynxim.application.delivery.port.in;

import java.util.Optional;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * A device says which conversation it shows (cmd 19), or none: in a large group only focused
 * devices get the messages themselves.
 *
 * @throws org.lynxim.domain.error.NotFoundException no such conversation
 * @throws org.lynxim.domain.error.ForbiddenException not a member
 */
public interface FocusConversationUseCase {
  void focus(UserId user, DeviceId device, Optional<ConversationId> conversation);
}
