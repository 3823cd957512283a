package org.lynxim.application.delivery.service;

import org.lynxim.application.delivery.port.in.RelaySignalUseCase;
import org.lynxim.application.delivery.port.out.DeliveryEvent;
import org.lynxim.application.delivery.port.out.LocalDevices;
import org.lynxim.application.delivery.port.out.OtherNodes;
import org.lynxim.domain.notice.Audience;
import org.lynxim.domain.notice.Signal;

/** Gives the signal to the recipients' devices here at once, and to the other nodes for theirs. */
public final class RelaySignalService implements RelaySignalUseCase {
  private final LocalDevices local;
  private final OtherNodes others;

  public RelaySignalService(LocalDevices local, OtherNodes others) {
    this.local = local;
    this.others = others;
  }

  @Override
  public void relay(Audience audience, Signal signal) {
    if (audience.users().isEmpty()) {
      return;
    }
    local.signal(audience, signal);
    others.tell(new DeliveryEvent.SignalSent(audience, signal));
  }
}
