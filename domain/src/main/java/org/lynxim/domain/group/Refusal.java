package org.lynxim.domain.group;

import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.GoneException;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.error.Reason;

/** Why a group refused a change, and which kind of error that is for the one who asked. */
public enum Refusal {
  /** The actor is not a member of the group (403). */
  NOT_A_MEMBER,
  /** The actor's role does not allow this (403). */
  NOT_ALLOWED,
  /** The target is not a member of the group (404). */
  NO_SUCH_MEMBER,
  /** The owner stays in the group it owns, unmuted (400). */
  OWNER_STAYS,
  /** A change of oneself that makes no sense: a transfer to oneself (400). */
  ONESELF,
  /** The group is not open to join (403). */
  NOT_JOINABLE,
  /** The group would hold more members than allowed (409). */
  FULL,
  /** The group is dissolved (410). */
  DISSOLVED;

  RuntimeException toException(String detail) {
    return switch (this) {
      case NOT_A_MEMBER -> new ForbiddenException(Reason.NOT_MEMBER, detail);
      case NOT_ALLOWED -> new ForbiddenException(Reason.NOT_ALLOWED, detail);
      case NO_SUCH_MEMBER -> new NotFoundException(detail);
      case OWNER_STAYS, ONESELF -> new IllegalArgumentException(detail);
      case NOT_JOINABLE -> new ForbiddenException(Reason.NOT_JOINABLE, detail);
      case FULL -> new ConflictException(Reason.GROUP_FULL, detail);
      case DISSOLVED -> new GoneException(Reason.GROUP_DISSOLVED, detail);
    };
  }
}
