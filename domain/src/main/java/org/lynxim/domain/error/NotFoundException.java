package org.lynxim.domain.error;

/** A referenced user, group or conversation does not exist. */
public final class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message, null, false, false);
  }
}
