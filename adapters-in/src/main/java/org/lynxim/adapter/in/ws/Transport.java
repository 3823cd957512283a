package org.lynxim.adapter.in.ws;

import io.helidon.common.buffers.BufferData;

/**
 * How a {@link Connection} reaches its client: a WebSocket session or a raw TCP socket. Only the
 * connection's one writer calls it, one frame at a time.
 */
interface Transport {

  /** Writes one text frame. */
  void send(String frame);

  /** Answers a ping (WebSocket only; raw TCP has none). */
  void pong(BufferData payload);

  /** Tells the client why, then ends the connection. */
  void close(int code, String reason);

  /** Ends the connection under a writer that may be stuck, from another thread. */
  void closeSocket();

  /** The client's address, which the per-address limit counts by. */
  String clientAddress();
}
