package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A device that stops reading is cut off; the sender and the other devices never wait for it. */
class SlowClientEndToEndTest {
  @TempDir Path data;

  @Test
  void a_client_that_does_not_read_is_cut_off_and_never_slows_the_sender() throws Exception {
    try (LynxServer node = smallQueueNode()) {
      RestClient rest = new RestClient(node.port());
      String alice = rest.registerAndLogin("alice_slow");
      String bob = rest.registerAndLogin("bob_slow");
      try (RawWebSocket stalled = RawWebSocket.open(node.port(), bob, "stalled", 4096);
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
        assertThat(stalled.endsWithin(Duration.ofSeconds(10))).isTrue();
      }
    }
  }

  @Test
  void a_client_cut_off_for_being_slow_is_told_so_with_the_close_code_4003() throws Exception {
    try (LynxServer node = smallQueueNode()) {
      RestClient rest = new RestClient(node.port());
      String alice = rest.registerAndLogin("alice_slow4003");
      String bob = rest.registerAndLogin("bob_slow4003");
      try (RawWebSocket stalled = RawWebSocket.open(node.port(), bob, "stalled", 4096);
          ChatClient sender = ChatClient.connect(node.port(), alice, "phone")) {
        String big = "x".repeat(4000);
        for (int i = 0; i < 100; i++) {
          assertThat(
                  sender.send("dm:alice_slow4003:bob_slow4003", "m" + i, big).get("code").asInt())
              .isZero();
        }

        assertThat(stalled.closeCode()).isEqualTo(4003);
      }
    }
  }

  /** A node whose outgoing queues and socket buffers fill after a few large pushes. */
  private LynxServer smallQueueNode() {
    return TestNode.start(
        data,
        Map.of(
            "lynx.ws.queue", "16",
            "lynx.rate.burst", "1000",
            "server.connection-options.socket-send-buffer-size", "8192"));
  }
}
