package org.lynxim.application.delivery.service;

import org.lynxim.application.delivery.port.in.NotifyAccountUseCase;
import org.lynxim.application.delivery.port.out.DeliveryEvent;
import org.lynxim.application.delivery.port.out.LocalDevices;
import org.lynxim.application.delivery.port.out.OtherNodes;
import org.lynxim.domain.notice.AccountNotice;
import org.lynxim.domain.user.UserId;

/** Tells this node's devices of the user at once, and the other nodes for theirs. */
public final class NotifyAccountService implements NotifyAccountUseCase {
  private final LocalDevices local;
  private final OtherNodes others;

  public NotifyAccountService(LocalDevices local, OtherNodes others) {
    this.local = local;
    this.others = others;
  }

  @Override
  public void notify(UserId user, AccountNotice notice) {
    local.notice(user, notice);
    others.tell(new DeliveryEvent.NoticeSent(user, notice));
  }
}
