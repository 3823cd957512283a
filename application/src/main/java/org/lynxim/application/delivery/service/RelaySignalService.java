package org.lynxim.application.delivery.service;

import java.util.Collection;
import java.util.List;
import org.lynxim.application.delivery.port.in.RelaySignalUseCase;
import org.lynxim.application.delivery.port.out.DeliveryEvent;
import org.lynxim.application.delivery.port.out.LocalDevices;
import org.lynxim.application.delivery.port.out.OtherNodes;
import org.lynxim.domain.notice.Signal;
import org.lynxim.domain.user.UserId;

/** Gives the signal to the recipients' devices here at once, and to the other nodes for theirs. */
public final class RelaySignalService implements RelaySignalUseCase {
  private final LocalDevices local;
  private final OtherNodes others;

  public RelaySignalService(LocalDevices local, OtherNodes others) {
    this.local = local;
    this.others = others;
  }

  @Override
  public void relay(Collection<UserId> recipients, Signal signal) {
    if (recipients.isEmpty()) {
      return;
    }
    List<UserId> to = List.copyOf(recipients);
    local.signal(to, signal);
    others.tell(new DeliveryEvent.SignalSent(to, signal));
  }
}
