package org.lynxim.application.delivery.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lynxim.application.delivery.port.in.PushMessageUseCase;
import org.lynxim.application.delivery.port.out.DeliveryEvent;
import org.lynxim.application.delivery.port.out.LocalDevices;
import org.lynxim.application.delivery.port.out.OtherNodes;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/** Pushes to this node's devices at once, and tells the other nodes to push to theirs. */
public final class PushMessageService implements PushMessageUseCase {
  private final LocalDevices local;
  private final OtherNodes others;

  public PushMessageService(LocalDevices local, OtherNodes others) {
    this.local = local;
    this.others = others;
  }

  @Override
  public void push(
      Message message,
      Collection<UserId> recipients,
      Map<UserId, Long> inboxSeqs,
      Optional<DeviceId> sentFrom) {
    local.pushMessage(message, recipients, inboxSeqs, sentFrom);
    others.tell(
        new DeliveryEvent.MessagePushed(message, List.copyOf(recipients), inboxSeqs, sentFrom));
  }
}
