package org.lynxim.application.delivery.service;

import java.util.Optional;
import org.lynxim.application.delivery.port.in.ShareReadPositionUseCase;
import org.lynxim.application.delivery.port.out.DeliveryEvent;
import org.lynxim.application.delivery.port.out.LocalDevices;
import org.lynxim.application.delivery.port.out.OtherNodes;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/** Tells this node's devices of the user at once, and the other nodes for theirs. */
public final class ShareReadPositionService implements ShareReadPositionUseCase {
  private final LocalDevices local;
  private final OtherNodes others;

  public ShareReadPositionService(LocalDevices local, OtherNodes others) {
    this.local = local;
    this.others = others;
  }

  @Override
  public void share(
      UserId user, ConversationId conversation, ReadPosition position, Optional<DeviceId> from) {
    local.syncReadPosition(user, conversation, position, from);
    others.tell(new DeliveryEvent.ReadPositionMoved(user, conversation, position, from));
  }
}
