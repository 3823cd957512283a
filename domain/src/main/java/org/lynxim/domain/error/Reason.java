package org.lynxim.domain.error;

/**
 * The machine-readable reason a 403, 409 or 410 carries (PROTOCOL.md 1.2), so that a client can
 * tell, say, a missing membership from a missing permission without reading the message.
 */
public enum Reason {
  /** The caller is not in the conversation or group. */
  NOT_MEMBER("not_member"),
  /** The caller's role does not allow this in the group. */
  NOT_ALLOWED("not_allowed"),
  /** The username to register is taken. */
  USERNAME_TAKEN("username_taken"),
  /** The sender blocked the other user of the direct conversation. */
  YOU_BLOCKED("you_blocked"),
  /** The other user of the direct conversation blocked the sender. */
  BLOCKED_BY_PEER("blocked_by_peer"),
  /** A friend request between users where either blocked the other. */
  BLOCKED("blocked"),
  /** A friend request to a friend. */
  ALREADY_FRIENDS("already_friends"),
  /** An answer to a friend request that was answered already. */
  NOT_PENDING("not_pending"),
  /** The other user takes this only from friends (direct messages, presence). */
  NOT_FRIENDS("not_friends"),
  /** A group too large for what was asked (its read positions). */
  GROUP_TOO_LARGE("group_too_large"),
  /** Joining a group that is not open to join. */
  NOT_JOINABLE("not_joinable"),
  /** A member muted in its group sends. */
  MUTED("muted"),
  /** A plain member sends while the whole group is muted. */
  GROUP_MUTED("group_muted"),
  /** Adding members past the group's limit. */
  GROUP_FULL("group_full"),
  /** Anything but reading on a dissolved group (410). */
  GROUP_DISSOLVED("group_dissolved"),
  /** Recalling one's own message after the recall window. */
  RECALL_WINDOW_PASSED("recall_window_passed"),
  /** Editing one's own message after the edit window. */
  EDIT_WINDOW_PASSED("edit_window_passed"),
  /** Editing a recalled message. */
  RECALLED("recalled"),
  /** A stream chunk whose index skips one (400). */
  CHUNK_GAP("chunk_gap"),
  /** Anything on a stream or call that ended. */
  ENDED("ended"),
  /** Editing a stream that is still open. */
  STREAMING("streaming"),
  /** A call invite while either party is in a call. */
  BUSY("busy"),
  /** A second accept of a call another device of the callee accepted. */
  ANSWERED_ELSEWHERE("answered_elsewhere"),
  /** A call action that the call's state does not allow. */
  INVALID_STATE("invalid_state");

  private final String wireName;

  Reason(String wireName) {
    this.wireName = wireName;
  }

  /** The value of the {@code reason} key. */
  public String wireName() {
    return wireName;
  }
}
