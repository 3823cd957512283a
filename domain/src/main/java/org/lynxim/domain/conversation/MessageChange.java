package org.lynxim.domain.conversation;

/** What recalling or editing a message came to. */
public sealed interface MessageChange {

  /** The message after the change, to store and tell of. */
  record Changed(Message message) implements MessageChange {}

  /** Nothing to change: it was recalled already; answered as it is, and nothing is told. */
  record Unchanged(Message message) implements MessageChange {}

  /** Not allowed, and the error that says why. */
  record Refused(RuntimeException error) implements MessageChange {}
}
