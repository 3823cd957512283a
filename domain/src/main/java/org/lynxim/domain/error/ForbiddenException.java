package org.lynxim.domain.error;

import java.util.Objects;

/** The acting user may not do this to the conversation or group; the reason says why. */
public final class ForbiddenException extends RuntimeException {
  private final Reason reason;

  public ForbiddenException(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }
}
