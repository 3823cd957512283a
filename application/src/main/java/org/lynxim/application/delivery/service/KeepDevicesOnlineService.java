package org.lynxim.application.delivery.service;

import java.util.Collection;
import org.lynxim.application.delivery.port.in.KeepDevicesOnlineUseCase;
import org.lynxim.application.delivery.port.out.DevicePresence;
import org.lynxim.domain.user.UserDevice;

/** Refreshes this node's devices in the presence table. */
public final class KeepDevicesOnlineService implements KeepDevicesOnlineUseCase {
  private final DevicePresence presence;

  public KeepDevicesOnlineService(DevicePresence presence) {
    this.presence = presence;
  }

  @Override
  public void stillConnected(Collection<UserDevice> devices) {
    presence.stillConnected(devices);
  }
}
