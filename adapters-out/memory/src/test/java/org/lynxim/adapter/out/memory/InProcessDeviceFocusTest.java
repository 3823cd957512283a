package org.lynxim.adapter.out.memory;

import org.lynxim.application.contract.DeviceFocusContract;
import org.lynxim.application.delivery.port.out.DeviceFocus;

class InProcessDeviceFocusTest extends DeviceFocusContract {
  @Override
  protected DeviceFocus newFocus() {
    return new InProcessDeviceFocus();
  }
}
