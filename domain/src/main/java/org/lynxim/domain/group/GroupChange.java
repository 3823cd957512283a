package org.lynxim.domain.group;

import java.util.List;

/** What a request to change a group came to: the group after it and what to tell, or a refusal. */
public sealed interface GroupChange {

  /**
   * The group changed (or, with no events, nothing needed to change); each event becomes a system
   * message, in order.
   */
  record Changed(Group group, List<GroupEvent> events) implements GroupChange {
    public Changed {
      events = List.copyOf(events);
    }
  }

  /** Nothing changed, and why. */
  record Refused(Refusal refusal, String detail) implements GroupChange {
    /** The refusal as the domain exception the protocol's error codes are mapped from. */
    public RuntimeException toException() {
      return refusal.toException(detail);
    }
  }

  /** The changed group, or the refusal thrown as its exception. */
  default Changed orThrow() {
    return switch (this) {
      case Changed changed -> changed;
      case Refused refused -> throw refused.toException();
    };
  }
}
