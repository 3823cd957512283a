package org.lynxim.application.delivery.port.in;

import java.util.Collection;
import org.lynxim.domain.user.UserDevice;

/**
 * These devices are still connected to this node (the heartbeat scan, every few seconds): they stay
 * listed online, while the entries of a node that stopped scanning expire.
 */
public interface KeepDevicesOnlineUseCase {
  void stillConnected(Collection<UserDevice> devices);
}
