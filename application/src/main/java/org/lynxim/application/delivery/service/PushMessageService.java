package org.lynxim.application.delivery.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.application.delivery.port.in.PushMessageUseCase;
import org.lynxim.application.delivery.port.out.DeliveryEvent;
import org.lynxim.application.delivery.port.out.DeviceFocus;
import org.lynxim.application.delivery.port.out.LocalDevices;
import org.lynxim.application.delivery.port.out.OtherNodes;
import org.lynxim.domain.conversation.GroupChatId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.group.StormControl;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/**
 * Pushes to this node's devices at once, and tells the other nodes to push to theirs. A group past
 * the storm threshold gets storm control: the message goes to the devices that have it in focus, a
 * notice to the others, and member changes to nobody.
 */
public final class PushMessageService implements PushMessageUseCase {
  private static final Logger LOG = Logger.getLogger(PushMessageService.class.getName());

  private final LocalDevices local;
  private final OtherNodes others;
  private final StormControl storm;
  private final DeviceFocus focus;

  public PushMessageService(
      LocalDevices local, OtherNodes others, StormControl storm, DeviceFocus focus) {
    this.local = local;
    this.others = others;
    this.storm = storm;
    this.focus = focus;
  }

  @Override
  public void push(
      Message message,
      Collection<UserId> recipients,
      Map<UserId, Long> inboxSeqs,
      Optional<DeviceId> sentFrom) {
    if (message.conversationId() instanceof GroupChatId && storm.applies(recipients.size())) {
      pushStorm(message, recipients, inboxSeqs, sentFrom);
      return;
    }
    local.pushMessage(message, recipients, inboxSeqs, sentFrom);
    others.tell(
        new DeliveryEvent.MessagePushed(message, List.copyOf(recipients), inboxSeqs, sentFrom));
  }

  private void pushStorm(
      Message message,
      Collection<UserId> recipients,
      Map<UserId, Long> inboxSeqs,
      Optional<DeviceId> sentFrom) {
    if (!StormControl.reachesDevices(message)) {
      return;
    }
    Set<UserDevice> focused;
    try {
      // Only members' devices: a focus left behind by one who left the group gets nothing.
      Set<UserId> members = Set.copyOf(recipients);
      focused =
          focus.focusedOn(message.conversationId()).stream()
              .filter(device -> members.contains(device.user()))
              .collect(Collectors.toUnmodifiableSet());
    } catch (StoreUnavailableException e) {
      // Nobody is known to be focused: every device gets the notice, and pulls.
      LOG.warning("focus out of reach: " + e.getMessage());
      focused = Set.of();
    }
    local.pushStorm(message, recipients, focused, sentFrom);
    others.tell(
        new DeliveryEvent.MessagePushed(
            message, List.copyOf(recipients), inboxSeqs, sentFrom, Optional.of(focused)));
  }
}
