package org.lynxim.adapter.out.memory;

import org.lynxim.application.contract.DeviceDeliveryContract;
import org.lynxim.application.delivery.port.out.OtherNodes;

/** Delivery in a single process: the node's own devices, and no one else. */
class NoOtherNodesTest extends DeviceDeliveryContract {

  @Override
  protected OtherNodes joinCluster(String node) {
    return new NoOtherNodes();
  }

  @Override
  protected int nodeCount() {
    return 1;
  }
}
