package org.lynxim.domain.group;

import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.error.Reason;

/** Why a group refused a change, and which kind of error that is for the one who asked. */
public enum Refusal {
  /** The actor is not a member of the group (403). */
  NOT_A_MEMBER,
  /** Only the owner may do this (403). */
  NOT_THE_OWNER,
  /** The target is not a member of the group (404). */
  NO_SUCH_MEMBER,
  /** The owner stays in the group it owns (400). */
  OWNER_STAYS;

  RuntimeException toException(String detail) {
    return switch (this) {
      case NOT_A_MEMBER -> new ForbiddenException(Reason.NOT_MEMBER, detail);
      case NOT_THE_OWNER -> new ForbiddenException(Reason.NOT_ALLOWED, detail);
      case NO_SUCH_MEMBER -> new NotFoundException(detail);
      case OWNER_STAYS -> new IllegalArgumentException(detail);
    };
  }
}
