package org.lynxim.domain.social;

/** Which of a user's pending friend requests: those to the user, or those the user made. */
public enum RequestDirection {
  INCOMING,
  OUTGOING;

  /** {@code incoming} or {@code outgoing}, as a client names it. */
  public static RequestDirection of(String value) {
    return switch (value) {
      case "incoming" -> INCOMING;
      case "outgoing" -> OUTGOING;
      default -> throw new IllegalArgumentException("direction must be incoming or outgoing");
    };
  }
}
