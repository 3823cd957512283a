package org.lynxim.adapter.out.memory;

import org.lynxim.application.delivery.port.out.DeliveryEvent;
import org.lynxim.application.delivery.port.out.OtherNodes;

/**
 * The other nodes of a single process: there are none, so nothing told goes anywhere and nothing is
 * ever heard. What the embedded shape wires where the cluster wires RabbitMQ.
 */
public final class NoOtherNodes implements OtherNodes {

  @Override
  public void tell(DeliveryEvent event) {}

  @Override
  public void listen(Listener listener) {}
}
