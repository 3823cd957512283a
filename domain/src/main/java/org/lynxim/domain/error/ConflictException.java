package org.lynxim.domain.error;

import java.util.Objects;

/** The request conflicts with what is stored (a taken username); the reason says which way. */
public final class ConflictException extends RuntimeException {
  private final Reason reason;

  public ConflictException(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }
}
