package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connections that send nothing are closed a little after the heartbeat timeout: a request line
 * that never ends and a keep-alive connection between requests alike, while a WebSocket that keeps
 * its heartbeat stays.
 */
class IdleConnectionsEndToEndTest {
  @TempDir Path data;

  /** Reads until the server closes the socket; the seconds it took. */
  private static double secondsUntilClosed(Socket socket) throws Exception {
    long start = System.nanoTime();
    socket.setSoTimeout(40_000);
    InputStream in = socket.getInputStream();
    while (in.read() >= 0) {
      // an answer to an earlier request, then the end
    }
    return (System.nanoTime() - start) / 1e9;
  }

  @Test
  void a_stalled_request_line_and_an_idle_keep_alive_are_closed_and_a_live_websocket_is_not()
      throws Exception {
    LynxServer node = TestNode.start(data, Map.of("lynx.heartbeat.timeout", "PT1S"));
    try (Socket stalled = new Socket("127.0.0.1", node.port());
        Socket keptAlive = new Socket("127.0.0.1", node.port())) {
      RestClient rest = new RestClient(node.port());
      String token = rest.registerAndLogin("idle_user");
      stalled.getOutputStream().write("GET /api/v1/config HT".getBytes(StandardCharsets.US_ASCII));
      keptAlive
          .getOutputStream()
          .write(
              "GET /api/v1/config HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));

      try (ChatClient phone = ChatClient.connect(node.port(), token, "phone")) {
        long until = System.nanoTime() + 14_000_000_000L;
        while (System.nanoTime() < until) {
          assertThat(phone.heartbeat().get("code").asInt()).isZero();
          Thread.sleep(500);
        }

        assertThat(secondsUntilClosed(stalled)).isLessThan(10);
        assertThat(secondsUntilClosed(keptAlive)).isLessThan(10);
        assertThat(phone.heartbeat().get("code").asInt())
            .as("the WebSocket that kept its heartbeat is open")
            .isZero();
      }
    } finally {
      node.close();
    }
  }
}
