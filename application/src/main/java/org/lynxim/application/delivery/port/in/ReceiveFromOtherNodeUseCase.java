package org.lynxim.application.delivery.port.in;

import org.lynxim.application.delivery.port.out.DeliveryEvent;

/**
 * Hands what another node told to this node's devices: pushes and read position moves to the
 * devices connected here, and closes a device's connection here when it connected there.
 */
public interface ReceiveFromOtherNodeUseCase {
  void receive(DeliveryEvent event);
}
