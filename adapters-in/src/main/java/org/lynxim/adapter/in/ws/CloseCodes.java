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

  private CloseCodes() {}
}
