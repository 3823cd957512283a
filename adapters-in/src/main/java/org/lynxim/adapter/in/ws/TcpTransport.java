package org.lynxim.adapter.in.ws;

import io.helidon.common.buffers.BufferData;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A raw TCP socket: each frame is a 4-byte big-endian length and that many bytes of UTF-8 JSON
 * (server frames may be longer than the 65536 bytes a client's may hold). Before it closes, the
 * client is told why with cmd 9 and the WebSocket close code.
 */
final class TcpTransport implements Transport {
  private final Socket socket;
  private final DataOutputStream out;

  TcpTransport(Socket socket) throws IOException {
    this.socket = socket;
    this.out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
  }

  @Override
  public void send(String frame) {
    byte[] bytes = frame.getBytes(StandardCharsets.UTF_8);
    try {
      out.writeInt(bytes.length);
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Raw TCP has no pings. */
  @Override
  public void pong(BufferData payload) {}

  @Override
  public void close(int code, String reason) {
    try {
      send(FrameEncoder.closing(code, reason));
    } catch (UncheckedIOException gone) {
      // The client is gone already: nothing to tell.
    } finally {
      closeSocket();
    }
  }

  @Override
  public void closeSocket() {
    try {
      socket.close();
    } catch (IOException e) {
      // Closed as far as this side goes.
    }
  }

  @Override
  public String clientAddress() {
    return socket.getInetAddress().getHostAddress();
  }
}
