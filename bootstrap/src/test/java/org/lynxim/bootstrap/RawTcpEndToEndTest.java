package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Raw TCP beside the WebSocket: the same frames, length-prefixed, one conversation across both. */
class RawTcpEndToEndTest {
  @TempDir static Path data;
  static LynxServer node;
  static RestClient rest;
  static int tcpPort;

  @BeforeAll
  static void start() {
    node = TestNode.start(data, Map.of("lynx.tcp.port", "0"));
    rest = new RestClient(node.port());
    tcpPort = rest.get("/api/v1/config", null).body().get("tcp_port").asInt();
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  /** A raw TCP client: frames out, frames in, with a deadline. */
  static final class TcpClient implements AutoCloseable {
    final Socket socket;
    final DataInputStream in;
    final DataOutputStream out;

    TcpClient(int port) throws IOException {
      socket = new Socket("127.0.0.1", port);
      socket.setSoTimeout(15_000);
      in = new DataInputStream(socket.getInputStream());
      out = new DataOutputStream(socket.getOutputStream());
    }

    void send(String frame) throws IOException {
      byte[] bytes = frame.getBytes(StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
      out.flush();
    }

    ObjectNode next() throws IOException {
      byte[] bytes = new byte[in.readInt()];
      in.readFully(bytes);
      return (ObjectNode) ChatClient.JSON.readTree(bytes);
    }

    /** The next frame of this cmd, skipping others (pushes, notices). */
    ObjectNode next(int cmd) throws IOException {
      while (true) {
        ObjectNode frame = next();
        if (frame.path("cmd").asInt() == cmd) {
          return frame;
        }
      }
    }

    boolean closedByServer() throws IOException {
      try {
        while (in.read() >= 0) {
          // whatever the server said before closing
        }
        return true;
      } catch (EOFException e) {
        return true;
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  @Test
  void a_tcp_client_and_a_websocket_client_chat() throws Exception {
    String ann = rest.registerAndLogin("ann_tcp");
    String bob = rest.registerAndLogin("bob_tcp");
    String chat = "dm:ann_tcp:bob_tcp";
    try (TcpClient annDesk = new TcpClient(tcpPort);
        ChatClient bobPhone = ChatClient.connect(node.port(), bob, "phone")) {
      annDesk.send("{\"cmd\":1,\"token\":\"" + ann + "\",\"device_id\":\"desk\"}");
      ObjectNode welcome = annDesk.next();
      assertThat(welcome.get("code").asInt()).isZero();
      assertThat(welcome.get("user_id").asText()).isEqualTo("ann_tcp");

      annDesk.send(
          "{\"cmd\":2,\"req_id\":\"r1\",\"msg_id\":\"t1\",\"conversation_id\":\""
              + chat
              + "\",\"payload\":{\"content\":\"over tcp\"}}");
      ObjectNode sent = annDesk.next(2);
      assertThat(sent.get("code").asInt()).isZero();
      assertThat(sent.get("seq").asLong()).isEqualTo(1);
      assertThat(bobPhone.nextPush().get("payload").get("content").asText()).isEqualTo("over tcp");

      bobPhone.send(chat, "w1", "over the websocket");
      assertThat(annDesk.next(5).get("payload").get("content").asText())
          .isEqualTo("over the websocket");
      annDesk.send("{\"cmd\":0}");
      assertThat(annDesk.next(0).get("code").asInt()).isZero();
      annDesk.send("{\"cmd\":2,\"msg_id\":\"bad\"}");
      assertThat(annDesk.next(2).get("code").asInt()).as("a bad frame is answered").isEqualTo(400);
      annDesk.send("{\"cmd\":0}");
      assertThat(annDesk.next(0).get("code").asInt()).as("and the connection lives on").isZero();
    }
  }

  @Test
  void a_bad_token_a_bad_first_frame_and_a_bad_length_close_the_connection() throws Exception {
    try (TcpClient stranger = new TcpClient(tcpPort)) {
      stranger.send("{\"cmd\":1,\"token\":\"forged\",\"device_id\":\"x\"}");
      assertThat(stranger.next().get("code").asInt()).isEqualTo(401);
      assertThat(stranger.closedByServer()).isTrue();
    }
    try (TcpClient early = new TcpClient(tcpPort)) {
      early.send("{\"cmd\":0}");
      assertThat(early.next().get("code").asInt()).isEqualTo(400);
      assertThat(early.closedByServer()).isTrue();
    }
    String cat = rest.registerAndLogin("cat_tcp");
    try (TcpClient huge = new TcpClient(tcpPort)) {
      huge.send("{\"cmd\":1,\"token\":\"" + cat + "\",\"device_id\":\"d\"}");
      assertThat(huge.next().get("code").asInt()).isZero();
      huge.out.writeInt(65_537);
      huge.out.flush();
      assertThat(huge.closedByServer()).isTrue();
    }
    try (TcpClient zero = new TcpClient(tcpPort)) {
      zero.out.writeInt(0);
      zero.out.flush();
      assertThat(zero.closedByServer()).isTrue();
    }
  }

  @Test
  void a_client_that_never_finishes_its_first_frame_is_closed_within_ten_seconds()
      throws Exception {
    try (TcpClient slow = new TcpClient(tcpPort)) {
      slow.out.writeInt(100);
      slow.out.write("{\"cmd\":1".getBytes(StandardCharsets.US_ASCII));
      slow.out.flush();
      long start = System.nanoTime();
      assertThat(slow.closedByServer()).isTrue();
      assertThat((System.nanoTime() - start) / 1e9).isLessThan(12);
    }
  }

  @Test
  void a_replaced_device_is_told_why_before_the_close() throws Exception {
    String dan = rest.registerAndLogin("dan_tcp");
    try (TcpClient first = new TcpClient(tcpPort);
        TcpClient second = new TcpClient(tcpPort)) {
      first.send("{\"cmd\":1,\"token\":\"" + dan + "\",\"device_id\":\"same\"}");
      assertThat(first.next(1).get("code").asInt()).isZero();
      second.send("{\"cmd\":1,\"token\":\"" + dan + "\",\"device_id\":\"same\"}");
      assertThat(second.next(1).get("code").asInt()).isZero();

      ObjectNode closing = first.next(9);
      assertThat(closing.get("code").asInt()).isEqualTo(4001);
      assertThat(first.closedByServer()).isTrue();
    }
  }
}
