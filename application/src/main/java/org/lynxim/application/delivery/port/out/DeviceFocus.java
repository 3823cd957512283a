package org.lynxim.application.delivery.port.out;

import java.util.Optional;
import java.util.Set;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.user.UserDevice;

/**
 * Which conversation each device has in focus (cmd 19), known to every node (the cluster's in
 * Redis), for storm control: in a large group only focused devices get the messages themselves. A
 * device has at most one; a device that connects again starts with none.
 *
 * @throws org.lynxim.application.common.StoreUnavailableException the store is out of reach
 */
public interface DeviceFocus {

  /** The device's focus is now {@code conversation}, or none; its earlier one is dropped. */
  void focus(UserDevice device, Optional<ConversationId> conversation);

  /** The devices that have the conversation in focus. */
  Set<UserDevice> focusedOn(ConversationId conversation);
}
