package org.lynxim.domain.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One of a user's devices as the user sees it: online since when, and its push token. */
public record DeviceStatus(
    DeviceId device, Optional<Instant> connectedAt, Optional<PushToken> push) {
  public DeviceStatus {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(connectedAt, "connectedAt");
    Objects.requireNonNull(push, "push");
  }

  public boolean online() {
    return connectedAt.isPresent();
  }
}
