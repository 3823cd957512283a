package org.lynxim.domain.conversation;

/**
 * How far a user has read a conversation ({@code last_ack_seq}). It only moves forward, and never
 * past the conversation's last seq.
 */
public record ReadPosition(long lastAckSeq) {
  public ReadPosition {
    if (lastAckSeq < 0) {
      throw new IllegalArgumentException("seq must be >= 0");
    }
  }

  /** Checks an acknowledgement against the conversation before it is recorded. */
  public static ReadPosition acknowledging(long seq, long conversationLastSeq) {
    if (seq < 0) {
      throw new IllegalArgumentException("seq must be >= 0");
    }
    if (seq > conversationLastSeq) {
      throw new IllegalArgumentException(
          "seq " + seq + " is beyond the conversation's last seq " + conversationLastSeq);
    }
    return new ReadPosition(seq);
  }

  public ReadPosition max(ReadPosition other) {
    return other.lastAckSeq > lastAckSeq ? other : this;
  }

  public long unreadOf(long lastSeq) {
    return Math.max(0, lastSeq - lastAckSeq);
  }
}
