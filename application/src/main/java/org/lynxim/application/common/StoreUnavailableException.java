package org.lynxim.application.common;

/**
 * A dependency (database, cache, broker) cannot be reached now. The operation may be retried; a
 * send retried with the same msg_id stores its message at most once.
 */
public final class StoreUnavailableException extends RuntimeException {
  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
