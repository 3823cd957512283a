package org.lynxim.adapter.in.rest;

/**
 * A request body that could not be read to its end: shorter than it said, its chunks malformed, or
 * the client gone. A 400, and the connection is closed under it, since where the next request would
 * begin is unknown.
 */
final class UnreadableBodyException extends IllegalArgumentException {
  UnreadableBodyException(String message) {
    super(message);
  }
}
