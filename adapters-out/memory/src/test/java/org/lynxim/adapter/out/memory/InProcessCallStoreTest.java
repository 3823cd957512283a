package org.lynxim.adapter.out.memory;

import org.lynxim.application.call.port.out.CallStore;
import org.lynxim.application.contract.CallStoreContract;

class InProcessCallStoreTest extends CallStoreContract {
  @Override
  protected CallStore newStore() {
    return new InProcessCallStore();
  }
}
