package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A device that stops reading is cut off; the sender and the other devices never wait for it. */
class SlowClientEndToEndTest {
  @TempDir Path data;

  @Test
  void a_client_that_does_not_read_is_cut_off_and_never_slows_the_sender() throws Exception {
    try (LynxServer node =
        TestNode.start(
            data,
            Map.of(
                "lynx.ws.queue", "16",
                "lynx.rate.burst", "1000",
                "server.connection-options.socket-send-buffer-size", "8192"))) {
      RestClient rest = new RestClient(node.port());
      String alice = rest.registerAndLogin("alice_slow");
      String bob = rest.registerAndLogin("bob_slow");
      try (Socket stalled = openWithoutReading(node.port(), bob);
          ChatClient bobLaptop = ChatClient.connect(node.port(), bob, "laptop");
          ChatClient sender = ChatClient.connect(node.port(), alice, "phone")) {
        String big = "x".repeat(4000);
        long started = System.nanoTime();
        for (int i = 0; i < 600; i++) {
          assertThat(sender.send("dm:alice_slow:bob_slow", "m" + i, big).get("code").asInt())
              .isZero();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(Duration.ofSeconds(60));
        for (int i = 0; i < 600; i++) {
          assertThat(bobLaptop.nextPush().get("payload").get("msg_id").asText()).isEqualTo("m" + i);
        }
        assertThat(isCutOff(stalled)).isTrue();
      }
    }
  }

  @Test
  void a_client_cut_off_for_being_slow_is_told_so_with_the_close_code_4003() throws Exception {
    try (LynxServer node =
        TestNode.start(
            data,
            Map.of(
                "lynx.ws.queue", "16",
                "lynx.rate.burst", "1000",
                "server.connection-options.socket-send-buffer-size", "8192"))) {
      RestClient rest = new RestClient(node.port());
      String alice = rest.registerAndLogin("alice_slow4003");
      String bob = rest.registerAndLogin("bob_slow4003");
      try (Socket stalled = openWithoutReading(node.port(), bob);
          ChatClient sender = ChatClient.connect(node.port(), alice, "phone")) {
        String big = "x".repeat(4000);
        for (int i = 0; i < 100; i++) {
          assertThat(
                  sender.send("dm:alice_slow4003:bob_slow4003", "m" + i, big).get("code").asInt())
              .isZero();
        }

        assertThat(closeCodeRead(stalled)).isEqualTo(4003);
      }
    }
  }

  /** Reads server frames (never masked) until the close frame, and answers its status code. */
  private static int closeCodeRead(Socket socket) throws IOException {
    socket.setSoTimeout(20_000);
    DataInputStream in = new DataInputStream(socket.getInputStream());
    while (true) {
      int opcode = in.readUnsignedByte() & 0x0F;
      long length = in.readUnsignedByte() & 0x7F;
      if (length == 126) {
        length = in.readUnsignedShort();
      } else if (length == 127) {
        length = in.readLong();
      }
      byte[] payload = new byte[(int) length];
      in.readFully(payload);
      if (opcode == 0x8) {
        return ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
      }
    }
  }

  /** A raw WebSocket handshake, after which nothing is read: the socket's buffers fill up. */
  private static Socket openWithoutReading(int port, String token) throws Exception {
    Socket socket = new Socket("127.0.0.1", port);
    socket.setReceiveBufferSize(4096);
    String key =
        Base64.getEncoder().encodeToString("lynx-slow-client".getBytes(StandardCharsets.UTF_8));
    String request =
        "GET /ws?token="
            + token
            + "&device_id=stalled HTTP/1.1\r\n"
            + "Host: 127.0.0.1:"
            + port
            + "\r\n"
            + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: "
            + key
            + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
    OutputStream out = socket.getOutputStream();
    out.write(request.getBytes(StandardCharsets.US_ASCII));
    out.flush();
    InputStream in = socket.getInputStream();
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      head.append((char) in.read());
    }
    assertThat(head.toString()).startsWith("HTTP/1.1 101");
    return socket;
  }

  /** Reads what the server had sent; a cut-off connection ends (or resets) soon after. */
  private static boolean isCutOff(Socket socket) {
    try {
      socket.setSoTimeout(10_000);
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[65536];
      while (in.read(buffer) >= 0) {
        // Drain the frames the server wrote before it gave up on this client.
      }
      return true;
    } catch (java.net.SocketTimeoutException stillOpen) {
      return false;
    } catch (java.io.IOException reset) {
      return true;
    }
  }
}
