package org.lynxim.domain.call;

/** Where a call is. */
public enum CallState {
  /** The callee's devices were told; none has said it rings yet. */
  INVITED,
  /** A device of the callee rings. */
  RINGING,
  /** One device of the callee accepted: the call is between it and the caller's. */
  ACCEPTED,
  /** Over: rejected, hung up, cancelled or timed out. */
  ENDED
}
