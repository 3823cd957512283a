package org.lynxim.adapter.out.memory;

import org.lynxim.application.contract.StreamBuffersContract;
import org.lynxim.application.stream.port.out.StreamBuffers;

class InProcessStreamBuffersTest extends StreamBuffersContract {
  @Override
  protected StreamBuffers newBuffers() {
    return new InProcessStreamBuffers();
  }
}
