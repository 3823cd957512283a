package org.lynxim.domain.error;

/** The acting user may not do this to the conversation or group. */
public final class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message, null, false, false);
  }
}
