package org.lynxim.domain.error;

import java.util.Objects;

/**
 * A request that is malformed in a way the client can act on (400 with a reason, such as a stream
 * chunk that skips an index). Other 400s are plain {@link IllegalArgumentException}s.
 */
public final class InvalidRequestException extends IllegalArgumentException {
  private final Reason reason;

  public InvalidRequestException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }
}
