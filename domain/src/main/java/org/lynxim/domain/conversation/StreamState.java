package org.lynxim.domain.conversation;

/**
 * Whether a message is a stream (PROTOCOL.md 1.2, "Streaming messages"): text written while it is
 * produced, stored first as a placeholder, then ended with its whole content.
 */
public enum StreamState {
  /** A message sent whole: not a stream. */
  NONE,
  /** A stream whose sender still adds to it. */
  OPEN,
  /** A stream that ended (by its sender, a recall, or being idle too long). */
  ENDED
}
