package org.lynxim.domain.error;

/** The user or device sends faster than its allowance; it may retry a little later. */
public final class RateLimitedException extends RuntimeException {
  public RateLimitedException(String message) {
    super(message, null, false, false);
  }
}
