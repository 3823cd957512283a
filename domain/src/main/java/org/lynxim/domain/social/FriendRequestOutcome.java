package org.lynxim.domain.social;

/** What asking to become friends, or answering such a request, came to. */
public sealed interface FriendRequestOutcome {

  /** The outcome of {@link Befriending#propose}. */
  sealed interface Proposing extends FriendRequestOutcome {}

  /** The outcome of {@link FriendRequest#answer}. */
  sealed interface Answering extends FriendRequestOutcome {}

  /** A new request waits for its addressee. */
  record Opened(FriendRequest request) implements Proposing {}

  /** The same request was made before and still waits: it is answered again, unchanged. */
  record StillPending(FriendRequest request) implements Proposing {}

  /**
   * The addressee had asked first: its request is accepted (given with its new status), and the two
   * are friends.
   */
  record AcceptedTheirs(FriendRequest theirs) implements Proposing {}

  /** The addressee answered; the request is given with its new status. */
  record Answered(FriendRequest request) implements Answering {}

  /** Nothing changed, and why. */
  record Refused(FriendRefusal refusal) implements Proposing, Answering {}
}
