package org.lynxim.application.delivery.service;

import org.lynxim.application.delivery.port.in.ReceiveFromOtherNodeUseCase;
import org.lynxim.application.delivery.port.out.DeliveryEvent;
import org.lynxim.application.delivery.port.out.LocalDevices;

/** Hands another node's events to the devices connected here. */
public final class ReceiveFromOtherNodeService implements ReceiveFromOtherNodeUseCase {
  private final LocalDevices local;

  public ReceiveFromOtherNodeService(LocalDevices local) {
    this.local = local;
  }

  @Override
  public void receive(DeliveryEvent event) {
    switch (event) {
      case DeliveryEvent.MessagePushed push -> {
        if (push.stormFocus().isPresent()) {
          local.pushStorm(
              push.message(), push.recipients(), push.stormFocus().get(), push.sentFrom());
        } else {
          local.pushMessage(push.message(), push.recipients(), push.inboxSeqs(), push.sentFrom());
        }
      }
      case DeliveryEvent.ReadPositionMoved moved ->
          local.syncReadPosition(
              moved.user(), moved.conversation(), moved.position(), moved.from());
      case DeliveryEvent.NoticeSent sent -> local.notice(sent.user(), sent.notice());
      case DeliveryEvent.SignalSent sent -> local.signal(sent.audience(), sent.signal());
      case DeliveryEvent.DeviceConnected connected ->
          local.replacedElsewhere(connected.user(), connected.device(), connected.connectedAt());
    }
  }
}
