package org.lynxim.domain.call;

import java.util.Locale;

/** What happens in a call: the clients' actions, and the two the server tells on its own. */
public enum CallAction {
  INVITE,
  RINGING,
  ACCEPT,
  REJECT,
  OFFER,
  ANSWER,
  CANDIDATE,
  HANGUP,
  /** To the callee's other devices when one of them accepted. */
  ANSWERED_ELSEWHERE,
  /** To both when nobody accepted within the ring time. */
  TIMEOUT;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** An action a client sends. */
  public static CallAction fromClient(String wire) {
    for (CallAction action : values()) {
      if (action.wireName().equals(wire) && action.ordinal() <= HANGUP.ordinal()) {
        return action;
      }
    }
    throw new IllegalArgumentException(
        "action must be invite, ringing, accept, reject, offer, answer, candidate or hangup");
  }

  /** Whether it carries WebRTC session data between the parties. */
  public boolean isSessionData() {
    return this == OFFER || this == ANSWER || this == CANDIDATE;
  }
}
