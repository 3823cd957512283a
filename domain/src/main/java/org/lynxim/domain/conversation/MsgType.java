package org.lynxim.domain.conversation;

/**
 * What a message's content is. Clients send types 1 to 7; call logs (8) and system messages (100)
 * are made by the server alone.
 */
public enum MsgType {
  TEXT(1),
  IMAGE(2),
  FILE(3),
  VOICE(4),
  VIDEO(5),
  CARD(6),
  LOCATION(7),
  CALL_LOG(8),
  SYSTEM(100);

  private final int code;

  MsgType(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** Any type a stored message may have. */
  public static MsgType ofCode(long code) {
    for (MsgType type : values()) {
      if (type.code == code) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown msg_type " + code);
  }

  /** A type a client may send: 1 to 7. */
  public static MsgType ofClientCode(long code) {
    if (code < TEXT.code || code > LOCATION.code) {
      throw new IllegalArgumentException("msg_type must be 1 to 7");
    }
    return ofCode(code);
  }

  /** Made by the server alone: a client may not send it. */
  public boolean isServerMade() {
    return this == CALL_LOG || this == SYSTEM;
  }
}
