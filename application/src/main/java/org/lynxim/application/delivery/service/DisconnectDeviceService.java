package org.lynxim.application.delivery.service;

import org.lynxim.application.delivery.port.in.DisconnectDeviceUseCase;
import org.lynxim.application.delivery.port.out.DevicePresence;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/** Takes the device's connection here off the presence table. */
public final class DisconnectDeviceService implements DisconnectDeviceUseCase {
  private final DevicePresence presence;

  public DisconnectDeviceService(DevicePresence presence) {
    this.presence = presence;
  }

  @Override
  public void disconnected(UserId user, DeviceId device) {
    presence.disconnected(user, device);
  }
}
