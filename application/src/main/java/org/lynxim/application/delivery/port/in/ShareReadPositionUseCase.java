package org.lynxim.application.delivery.port.in;

import java.util.Optional;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * Tells the user's online devices, on whichever node, except {@code from}, that its read position
 * in the conversation moved (the ack sync). Best effort and non-blocking.
 */
public interface ShareReadPositionUseCase {
  void share(
      UserId user, ConversationId conversation, ReadPosition position, Optional<DeviceId> from);
}
