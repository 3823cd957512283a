package org.lynxim.domain.social;

import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.error.Reason;

/** Why a friend request, or its answer, was refused, and which kind of error that is. */
public enum FriendRefusal {
  /** Either user blocked the other (403 {@code blocked}). */
  BLOCKED,
  /** The two are friends already (409 {@code already_friends}). */
  ALREADY_FRIENDS,
  /** The request is addressed to someone else: as if it did not exist (404). */
  NOT_YOURS,
  /** The request was answered already (409 {@code not_pending}). */
  NOT_PENDING;

  public RuntimeException toException() {
    return switch (this) {
      case BLOCKED -> new ForbiddenException(Reason.BLOCKED, "one of you blocked the other");
      case ALREADY_FRIENDS -> new ConflictException(Reason.ALREADY_FRIENDS, "already friends");
      case NOT_YOURS -> new NotFoundException("no such friend request");
      case NOT_PENDING ->
          new ConflictException(Reason.NOT_PENDING, "the request was answered already");
    };
  }
}
