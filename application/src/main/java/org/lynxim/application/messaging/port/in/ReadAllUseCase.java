package org.lynxim.application.messaging.port.in;

import java.util.Map;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.user.UserId;

/**
 * Acknowledges every conversation of the caller at its last seq, telling the caller's other devices
 * and read receipts as acks do; answers the positions that moved.
 */
public interface ReadAllUseCase {
  Map<ConversationId, ReadPosition> readAll(UserId user);
}
