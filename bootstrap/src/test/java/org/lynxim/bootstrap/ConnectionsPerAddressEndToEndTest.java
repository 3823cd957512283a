package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One client address holds at most so many WebSocket connections; one more is closed, 1013. */
class ConnectionsPerAddressEndToEndTest {
  @TempDir Path data;

  @Test
  void one_connection_past_the_cap_is_closed_and_a_freed_place_is_taken_again() throws Exception {
    try (LynxServer node = TestNode.start(data, Map.of("lynx.connections.per.address", "3"))) {
      RestClient rest = new RestClient(node.port());
      String ann = rest.registerAndLogin("ann_cap");
      String bob = rest.registerAndLogin("bob_cap");
      ChatClient first = ChatClient.connect(node.port(), ann, "one");
      ChatClient second = ChatClient.connect(node.port(), ann, "two");
      ChatClient third = ChatClient.connect(node.port(), bob, "one");

      ChatClient fourth = ChatClient.open(node.port(), bob, "two");

      assertThat(fourth.closeCode.get(5, TimeUnit.SECONDS)).isEqualTo(1013);
      assertThat(first.heartbeat().get("code").asInt()).as("the others go on").isZero();
      first.close();
      ChatClient again = waitForPlace(node.port(), bob);
      assertThat(again.heartbeat().get("code").asInt()).isZero();
      for (ChatClient client : new ChatClient[] {second, third, again}) {
        client.close();
      }
    }
  }

  /**
   * The place frees when the server has seen the close; try until then. A refused connection is
   * closed within half a second (or at its first frame), so one still open after a second is in.
   */
  private static ChatClient waitForPlace(int port, String token) throws Exception {
    for (int attempt = 0; attempt < 10; attempt++) {
      ChatClient client = ChatClient.open(port, token, "again");
      try {
        Integer code = client.closeCode.get(1, TimeUnit.SECONDS);
        assertThat(code).isEqualTo(1013);
      } catch (java.util.concurrent.TimeoutException stillOpen) {
        return client;
      }
    }
    throw new AssertionError("the freed place was never taken");
  }
}
