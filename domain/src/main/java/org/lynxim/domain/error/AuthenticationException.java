package org.lynxim.domain.error;

/** Credentials or a token were missing, wrong or expired. */
public final class AuthenticationException extends RuntimeException {
  public AuthenticationException(String message) {
    super(message, null, false, false);
  }
}
