package org.lynxim.application.delivery.service;

import java.time.Instant;
import org.lynxim.application.delivery.port.in.ConnectDeviceUseCase;
import org.lynxim.application.delivery.port.out.DeliveryEvent;
import org.lynxim.application.delivery.port.out.DevicePresence;
import org.lynxim.application.delivery.port.out.OtherNodes;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/** Lists the device online and tells the other nodes, which close its older connection. */
public final class ConnectDeviceService implements ConnectDeviceUseCase {
  private final DevicePresence presence;
  private final OtherNodes others;

  public ConnectDeviceService(DevicePresence presence, OtherNodes others) {
    this.presence = presence;
    this.others = others;
  }

  @Override
  public void connected(UserId user, DeviceId device, Instant connectedAt) {
    presence.connected(user, device);
    others.tell(new DeliveryEvent.DeviceConnected(user, device, connectedAt));
  }
}
