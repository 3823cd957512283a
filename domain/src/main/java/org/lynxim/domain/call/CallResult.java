package org.lynxim.domain.call;

import java.util.Locale;

/** How a call ended, as its call log says. */
public enum CallResult {
  /** Accepted, then hung up by either. */
  COMPLETED,
  /** Nobody accepted within the ring time. */
  MISSED,
  /** The callee rejected it, or hung up before accepting. */
  REJECTED,
  /** The caller hung up before it was accepted. */
  CANCELLED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
