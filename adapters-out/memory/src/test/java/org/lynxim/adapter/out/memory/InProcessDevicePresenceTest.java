package org.lynxim.adapter.out.memory;

import org.lynxim.application.contract.DevicePresenceContract;
import org.lynxim.application.delivery.port.out.DevicePresence;

class InProcessDevicePresenceTest extends DevicePresenceContract {

  @Override
  protected DevicePresence newPresence() {
    return new InProcessDevicePresence(java.time.Clock.systemUTC());
  }
}
