package org.lynxim.application.delivery.port.out;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * Pushes to the users' online devices. Best effort and never blocking on a device: a device that is
 * offline or too slow misses the push and catches up by pulling. Safe for concurrent use; returns
 * without waiting for the devices.
 */
public interface DeviceDelivery {

  /**
   * Pushes a stored message to every online device of the recipients, except the sender's device
   * that sent it (when it was sent from a device). A recipient with an entry in {@code inboxSeqs}
   * gets the message's inbox_seq in their inbox with it.
   */
  void pushMessage(
      Message message,
      Collection<UserId> recipients,
      Map<UserId, Long> inboxSeqs,
      Optional<DeviceId> sentFrom);

  /** Tells the user's online devices, except {@code from}, that its read position moved. */
  void syncReadPosition(
      UserId user, ConversationId conversation, ReadPosition position, Optional<DeviceId> from);

  /**
   * Closes the device's connection on this node because the same device connected elsewhere (the
   * WebSocket close code 4001). Nothing happens if it is not connected here.
   */
  default void replacedElsewhere(UserId user, DeviceId device) {}
}
