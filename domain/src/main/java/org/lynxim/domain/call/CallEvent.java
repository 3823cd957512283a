package org.lynxim.domain.call;

import java.util.Objects;
import java.util.Optional;
import org.lynxim.domain.user.UserDevice;

/**
 * An action of a call, for {@code to}: from the device that took it, or from nobody when the server
 * tells it (a timeout).
 */
public record CallEvent(Recipients to, CallAction action, Optional<UserDevice> from) {
  public CallEvent {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(from, "from");
  }
}
