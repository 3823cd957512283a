package org.lynxim.application.delivery.service;

import org.lynxim.application.delivery.port.in.DisconnectDeviceUseCase;
import org.lynxim.application.delivery.port.out.DevicePresence;
import org.lynxim.application.presence.port.in.AnnouncePresenceUseCase;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * Takes the device's connection here off the presence table, and has the user's friends told when
 * it was the user's last device.
 */
public final class DisconnectDeviceService implements DisconnectDeviceUseCase {
  private final DevicePresence presence;
  private final AnnouncePresenceUseCase announce;

  public DisconnectDeviceService(DevicePresence presence, AnnouncePresenceUseCase announce) {
    this.presence = presence;
    this.announce = announce;
  }

  @Override
  public void disconnected(UserId user, DeviceId device) {
    if (presence.disconnected(user, device)) {
      announce.left(user);
    }
  }
}
