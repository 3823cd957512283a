package org.lynxim.domain.error;

/** The thing to create exists already (a taken username). */
public final class ConflictException extends RuntimeException {
  public ConflictException(String message) {
    super(message, null, false, false);
  }
}
