package org.lynxim.domain.call;

import java.util.Objects;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/** Which online devices a call event is for. */
public sealed interface Recipients {

  /** One device: a party's. */
  record Device(UserDevice device) implements Recipients {
    public Device {
      Objects.requireNonNull(device, "device");
    }
  }

  /** Every device of the user. */
  record AllDevices(UserId user) implements Recipients {
    public AllDevices {
      Objects.requireNonNull(user, "user");
    }
  }

  /** Every device of the user but one. */
  record AllDevicesBut(UserId user, DeviceId except) implements Recipients {
    public AllDevicesBut {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(except, "except");
    }
  }
}
