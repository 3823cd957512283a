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
 * HTTP connections that start no request are closed a few seconds later: one that sends nothing, a
 * request line that never ends, a keep-alive connection between requests; a WebSocket that says
 * nothing for longer stays, as its heartbeat timeout is the protocol's.
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
  void idle_http_connections_are_closed_within_seconds_and_a_quiet_websocket_is_not()
      throws Exception {
    LynxServer node = TestNode.start(data, Map.of("lynx.http.idle.timeout", "PT2S"));
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
        long quietSince = System.nanoTime();

        assertThat(secondsUntilClosed(stalled)).isLessThan(6);
        assertThat(secondsUntilClosed(keptAlive)).isLessThan(6);
        Thread.sleep(Math.max(0, 6_000 - (System.nanoTime() - quietSince) / 1_000_000));
        assertThat(phone.heartbeat().get("code").asInt())
            .as("the WebSocket, quiet for three idle timeouts, is open")
            .isZero();
      }
    } finally {
      node.close();
    }
  }
}
