package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Frames that break RFC 6455 itself close the connection with 1002, and text that is not UTF-8 with
 * 1007, as the RFC asks; a message in fragments is decoded as one text.
 */
class WebSocketProtocolEndToEndTest extends OneNodeTest {
  private static final int CONTINUATION = 0x0;
  private static final int TEXT = 0x1;
  private static final int RESERVED = 0x3;
  private static final int PING = 0x9;
  private static final int CLOSE = 0x8;

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static RawWebSocket open(String user) throws Exception {
    return RawWebSocket.open(node.port(), rest.registerAndLogin(user), "phone");
  }

  @Test
  void a_character_split_between_two_fragments_arrives_whole() throws Exception {
    byte[] frame = utf8("{\"cmd\":0,\"req_id\":\"\u20acuro \ufffd\"}");
    int euro = new String(frame, StandardCharsets.UTF_8).indexOf('\u20ac');
    try (RawWebSocket socket = open("alice_split")) {
      socket.send(TEXT, false, Arrays.copyOfRange(frame, 0, euro + 2));
      socket.send(CONTINUATION, true, Arrays.copyOfRange(frame, euro + 2, frame.length));

      JsonNode answer = ChatClient.JSON.readTree(socket.nextText());
      assertThat(answer.get("code").asInt()).isZero();
      assertThat(answer.get("req_id").asText()).isEqualTo("\u20acuro \ufffd");
    }
  }

  @Test
  void text_that_is_not_utf8_closes_1007() throws Exception {
    try (RawWebSocket socket = open("alice_latin1")) {
      byte[] frame = utf8("{\"cmd\":0,\"req_id\":\"caf\u00e9\"}");
      byte[] latin1 = "{\"cmd\":0,\"req_id\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
      socket.send(TEXT, true, frame);
      assertThat(socket.nextText()).contains("caf\u00e9");

      socket.send(TEXT, true, latin1);

      assertThat(socket.closeCode()).isEqualTo(1007);
    }
  }

  @Test
  void an_encoded_surrogate_or_a_character_cut_off_at_the_end_closes_1007() throws Exception {
    try (RawWebSocket surrogate = open("alice_cesu");
        RawWebSocket cutOff = open("alice_cutoff")) {
      surrogate.send(TEXT, true, new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'});
      byte[] euro = utf8("\"\u20ac\"");
      cutOff.send(TEXT, false, Arrays.copyOfRange(euro, 0, 3));
      cutOff.send(CONTINUATION, true, new byte[0]);

      assertThat(surrogate.closeCode()).isEqualTo(1007);
      assertThat(cutOff.closeCode()).isEqualTo(1007);
    }
  }

  @Test
  void a_new_message_inside_a_fragmented_one_closes_1002() throws Exception {
    try (RawWebSocket socket = open("alice_interleave")) {
      socket.send(TEXT, false, utf8("{\"cmd\":"));
      socket.send(TEXT, true, utf8("{\"cmd\":0}"));

      assertThat(socket.closeCode()).isEqualTo(1002);
    }
  }

  @Test
  void a_continuation_of_no_message_closes_1002() throws Exception {
    try (RawWebSocket socket = open("alice_orphan")) {
      socket.send(CONTINUATION, true, utf8("{\"cmd\":0}"));

      assertThat(socket.closeCode()).isEqualTo(1002);
    }
  }

  @Test
  void a_reserved_opcode_or_a_fragmented_ping_closes_1002() throws Exception {
    try (RawWebSocket reserved = open("alice_reserved");
        RawWebSocket fragmentedPing = open("alice_fragping")) {
      reserved.send(RESERVED, true, utf8("{}"));
      fragmentedPing.send(PING, false, utf8("ping"));

      assertThat(reserved.closeCode()).isEqualTo(1002);
      assertThat(fragmentedPing.closeCode()).isEqualTo(1002);
    }
  }

  @Test
  void a_close_reason_that_is_not_utf8_closes_1007() throws Exception {
    try (RawWebSocket socket = open("alice_badreason")) {
      socket.send(CLOSE, true, new byte[] {0x03, (byte) 0xE8, (byte) 0xC3, 0x28});

      assertThat(socket.closeCode()).isEqualTo(1007);
    }
  }

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
