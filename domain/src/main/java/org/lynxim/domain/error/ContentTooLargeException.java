package org.lynxim.domain.error;

/** Message content over the size limit: a client mistake, told apart from other invalid input. */
public final class ContentTooLargeException extends IllegalArgumentException {
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }

  public ContentTooLargeException(String message) {
    super(message);
  }
}
