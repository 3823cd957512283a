package org.lynxim.application.delivery.port.in;

import java.util.Collection;
import java.util.List;
import org.lynxim.domain.notice.Audience;
import org.lynxim.domain.notice.Signal;
import org.lynxim.domain.user.UserId;

/**
 * Relays a signal to every online device of the recipients, on every node. Best effort, like a
 * push: never blocks for long, never throws.
 */
public interface RelaySignalUseCase {
  void relay(Audience audience, Signal signal);

  /** To every online device of the recipients. */
  default void relay(Collection<UserId> recipients, Signal signal) {
    relay(Audience.of(List.copyOf(recipients)), signal);
  }
}
