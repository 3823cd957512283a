package org.lynxim.domain.call;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What an action did to a call: the call after it, whom to tell, and its log if it ended. */
public record CallStep(Call call, List<CallEvent> events, Optional<CallLog> log) {
  public CallStep {
    Objects.requireNonNull(call, "call");
    events = List.copyOf(events);
    Objects.requireNonNull(log, "log");
    if (log.isPresent() != (call.state() == CallState.ENDED)) {
      throw new IllegalArgumentException("a call has a log exactly when it ended");
    }
  }
}
