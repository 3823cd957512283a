package org.lynxim.adapter.out.memory;

import org.lynxim.application.contract.LeavingUsersContract;
import org.lynxim.application.presence.port.out.LeavingUsers;

class InProcessLeavingUsersTest extends LeavingUsersContract {
  @Override
  protected LeavingUsers newLeavingUsers() {
    return new InProcessLeavingUsers();
  }
}
