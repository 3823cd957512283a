package org.lynxim.application.delivery.port.in;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * Pushes a stored message to every online device of the recipients, on whichever node, except the
 * device that sent it (when it was sent from one). A recipient with an entry in {@code inboxSeqs}
 * gets the message's inbox_seq with it. Best effort and non-blocking: a device that misses the push
 * catches up by pulling.
 */
public interface PushMessageUseCase {
  void push(
      Message message,
      Collection<UserId> recipients,
      Map<UserId, Long> inboxSeqs,
      Optional<DeviceId> sentFrom);
}
