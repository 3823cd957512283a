package org.lynxim.application.messaging.port.out;

import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * How often a device's typing frames are relayed: at most one per conversation per second. A device
 * speaks to one node only, so each node keeps its own. Safe for concurrent use.
 */
public interface TypingThrottle {

  /** Takes this frame from the device's allowance; false when it is to be dropped. */
  boolean mayRelay(UserId user, DeviceId device, ConversationId conversation);

  /** No limit at all, for tests of other things. */
  TypingThrottle UNLIMITED = (user, device, conversation) -> true;
}
