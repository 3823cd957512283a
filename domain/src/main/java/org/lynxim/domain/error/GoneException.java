package org.lynxim.domain.error;

import java.util.Objects;

/** What was asked for is gone for good (410): a dissolved group. */
public final class GoneException extends RuntimeException {
  private final Reason reason;

  public GoneException(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }
}
