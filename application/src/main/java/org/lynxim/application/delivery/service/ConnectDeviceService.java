package org.lynxim.application.delivery.service;

import java.time.Instant;
import org.lynxim.application.delivery.port.in.ConnectDeviceUseCase;
import org.lynxim.application.delivery.port.out.DeliveryEvent;
import org.lynxim.application.delivery.port.out.DevicePresence;
import org.lynxim.application.delivery.port.out.OtherNodes;
import org.lynxim.application.presence.port.in.AnnouncePresenceUseCase;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * Lists the device online, tells the other nodes (which close its older connection), and the user's
 * friends when it is the user's first device.
 */
public final class ConnectDeviceService implements ConnectDeviceUseCase {
  private final DevicePresence presence;
  private final OtherNodes others;
  private final AnnouncePresenceUseCase announce;

  public ConnectDeviceService(
      DevicePresence presence, OtherNodes others, AnnouncePresenceUseCase announce) {
    this.presence = presence;
    this.others = others;
    this.announce = announce;
  }

  @Override
  public void connected(UserId user, DeviceId device, Instant connectedAt) {
    boolean first = presence.connected(user, device);
    others.tell(new DeliveryEvent.DeviceConnected(user, device, connectedAt));
    if (first) {
      announce.arrived(user);
    }
  }
}
