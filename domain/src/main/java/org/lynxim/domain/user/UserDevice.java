package org.lynxim.domain.user;

import java.util.Objects;

/** One device of a user: what a connection belongs to. */
public record UserDevice(UserId user, DeviceId device) {
  public UserDevice {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(device, "device");
  }
}
