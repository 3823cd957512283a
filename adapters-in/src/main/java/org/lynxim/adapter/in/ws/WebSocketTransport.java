package org.lynxim.adapter.in.ws;

import io.helidon.common.buffers.BufferData;
import io.helidon.webserver.ConnectionContext;
import io.helidon.websocket.WsSession;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/** A Helidon WebSocket session. */
final class WebSocketTransport implements Transport {
  private final WsSession session;

  WebSocketTransport(WsSession session) {
    this.session = session;
  }

  @Override
  public void send(String frame) {
    session.send(frame, true);
  }

  @Override
  public void pong(BufferData payload) {
    session.pong(payload);
  }

  @Override
  public void close(int code, String reason) {
    session.close(code, reason);
  }

  /**
   * Closes the TCP socket itself: {@code WsSession.close} would wait for the writer's lock, and
   * {@code terminate} only works on the connection's own thread.
   */
  @Override
  public void closeSocket() {
    if (session.socketContext() instanceof ConnectionContext connection) {
      connection.serverSocket().close();
    } else {
      session.close(CloseCodes.TOO_SLOW, "too slow");
    }
  }

  /** The client's IP address; the whole peer when it is not an IP socket. */
  @Override
  public String clientAddress() {
    SocketAddress peer = session.socketContext().remotePeer().address();
    return peer instanceof InetSocketAddress ip && ip.getAddress() != null
        ? ip.getAddress().getHostAddress()
        : String.valueOf(peer);
  }
}
