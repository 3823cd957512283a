package org.lynxim.domain.conversation;

/** What a message's content is; every type other than text carries a client-defined string. */
public enum MsgType {
  TEXT(1),
  IMAGE(2),
  FILE(3),
  VOICE(4),
  VIDEO(5);

  private final int code;

  MsgType(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static MsgType ofCode(long code) {
    for (MsgType type : values()) {
      if (type.code == code) {
        return type;
      }
    }
    throw new IllegalArgumentException("msg_type must be 1 to 5");
  }
}
