package org.lynxim.application.messaging.port.out;

/** A message with the same idempotency key is stored already. */
public final class DuplicateMessageException extends RuntimeException {
  public DuplicateMessageException(String message) {
    super(message, null, false, false);
  }
}
