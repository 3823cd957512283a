package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** Frames that break RFC 6455 itself close the connection with 1002, as the RFC asks. */
class WebSocketProtocolEndToEndTest extends OneNodeTest {
  private static final int PING = 0x9;
  private static final int CLOSE = 0x8;

  @Test
  void a_ping_over_125_bytes_is_a_protocol_error() throws Exception {
    String token = rest.registerAndLogin("alice_bigping");
    try (RawWebSocket socket = RawWebSocket.open(node.port(), token, "phone")) {
      socket.send(PING, true, new byte[200]);

      assertThat(socket.closeCode()).isEqualTo(1002);
    }
  }

  @Test
  void a_close_with_a_code_no_client_may_send_is_answered_1002() throws Exception {
    String token = rest.registerAndLogin("alice_badclose");
    try (RawWebSocket socket = RawWebSocket.open(node.port(), token, "phone")) {
      socket.send(CLOSE, true, ByteBuffer.allocate(2).putShort((short) 999).array());

      assertThat(socket.closeCode()).isEqualTo(1002);
    }
  }

  @Test
  void a_close_with_a_proper_code_is_answered_1000() throws Exception {
    String token = rest.registerAndLogin("alice_goodclose");
    try (RawWebSocket socket = RawWebSocket.open(node.port(), token, "phone")) {
      socket.send(CLOSE, true, ByteBuffer.allocate(2).putShort((short) 1000).array());

      assertThat(socket.closeCode()).isEqualTo(1000);
    }
  }
}
