package org.lynxim.adapter.in.ws;

/** The WebSocket close codes Lynx IM uses beyond the standard ones. */
public final class CloseCodes {
  /** Another connection of the same user and device replaced this one. */
  public static final int REPLACED = 4001;

  /** No frame arrived within the heartbeat timeout. */
  public static final int HEARTBEAT_TIMEOUT = 4002;

  /** The client did not read its frames fast enough; reconnect and pull to catch up. */
  public static final int TOO_SLOW = 4003;

  /** The token the connection was opened with expired: log in again and reconnect. */
  public static final int TOKEN_EXPIRED = 4004;

  /** The user connected more devices than allowed; this, the oldest connection, gave way. */
  public static final int TOO_MANY_DEVICES = 4005;

  /** The server is shutting down; reconnect (to another node). Standard 1012 "service restart". */
  public static final int SERVICE_RESTART = 1012;

  /** Too many connections from the client's address: try again later (RFC 6455, 1013). */
  public static final int TRY_AGAIN_LATER = 1013;

  /** The client broke the WebSocket protocol itself (RFC 6455). */
  public static final int PROTOCOL_ERROR = 1002;

  /** The longest payload a control frame (ping, pong, close) may carry (RFC 6455, 5.5). */
  static final int MAX_CONTROL_PAYLOAD = 125;

  /**
   * Whether a client may send this close code (RFC 6455, 7.4): the defined codes an endpoint sends,
   * and the ranges for libraries and applications; 1004-1006, 1015 and the unassigned rest not.
   */
  static boolean isValidFromClient(int code) {
    return (code >= 1000 && code <= 1003)
        || (code >= 1007 && code <= 1014)
        || (code >= 3000 && code <= 4999);
  }

  private CloseCodes() {}
}
