package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A WebSocket spoken byte by byte, for frames no well-behaved client library would send: the
 * handshake, masked client frames of any opcode and length, and the server's frames read back.
 */
final class RawWebSocket implements AutoCloseable {
  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;

  private RawWebSocket(Socket socket) throws IOException {
    this.socket = socket;
    this.in = new DataInputStream(socket.getInputStream());
    this.out = socket.getOutputStream();
  }

  static RawWebSocket open(int port, String token, String device) throws IOException {
    return open(port, token, device, 0);
  }

  /**
   * @param receiveBuffer the socket's receive buffer in bytes (0: the system's): a small one fills
   *     up soon when nothing is read
   */
  static RawWebSocket open(int port, String token, String device, int receiveBuffer)
      throws IOException {
    Socket socket = new Socket("127.0.0.1", port);
    if (receiveBuffer > 0) {
      socket.setReceiveBufferSize(receiveBuffer);
    }
    socket.setSoTimeout(20_000);
    String key = Base64.getEncoder().encodeToString("lynx-raw-socket!".getBytes());
    String request =
        "GET /ws?token="
            + token
            + "&device_id="
            + device
            + " HTTP/1.1\r\nHost: 127.0.0.1:"
            + port
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
            + key
            + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
    socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
    InputStream in = socket.getInputStream();
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      head.append((char) in.read());
    }
    assertThat(head.toString()).startsWith("HTTP/1.1 101");
    return new RawWebSocket(socket);
  }

  /** Sends one masked frame (the mask is all zeroes: the payload goes as it is). */
  void send(int opcode, boolean fin, byte[] payload) throws IOException {
    ByteBuffer frame = ByteBuffer.allocate(14 + payload.length);
    frame.put((byte) ((fin ? 0x80 : 0) | opcode));
    if (payload.length < 126) {
      frame.put((byte) (0x80 | payload.length));
    } else {
      frame.put((byte) (0x80 | 126)).putShort((short) payload.length);
    }
    frame.putInt(0).put(payload);
    out.write(frame.array(), 0, frame.position());
    out.flush();
  }

  /** One frame from the server (never masked). */
  private record Frame(int opcode, byte[] payload) {
    int closeCode() {
      return ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
    }
  }

  private Frame readFrame() throws IOException {
    int opcode = in.readUnsignedByte() & 0x0F;
    long length = in.readUnsignedByte() & 0x7F;
    if (length == 126) {
      length = in.readUnsignedShort();
    } else if (length == 127) {
      length = in.readLong();
    }
    byte[] payload = new byte[(int) length];
    in.readFully(payload);
    return new Frame(opcode, payload);
  }

  /** Reads server frames until a text frame, and answers its text. */
  String nextText() throws IOException {
    for (Frame frame = readFrame(); ; frame = readFrame()) {
      if (frame.opcode() == 0x1) {
        return new String(frame.payload(), java.nio.charset.StandardCharsets.UTF_8);
      }
      if (frame.opcode() == 0x8) {
        throw new IOException("closed: " + frame.closeCode());
      }
    }
  }

  /** Reads server frames until the close frame, and answers its status code. */
  int closeCode() throws IOException {
    for (Frame frame = readFrame(); ; frame = readFrame()) {
      if (frame.opcode() == 0x8) {
        return frame.closeCode();
      }
    }
  }

  /** Reads whatever the server sends until it ends the connection; false if it is still open. */
  boolean endsWithin(Duration wait) throws IOException {
    socket.setSoTimeout((int) wait.toMillis());
    byte[] buffer = new byte[65536];
    try {
      while (in.read(buffer) >= 0) {
        // Drain the frames the server wrote before it ended the connection.
      }
      return true;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    } catch (IOException reset) {
      return true;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
