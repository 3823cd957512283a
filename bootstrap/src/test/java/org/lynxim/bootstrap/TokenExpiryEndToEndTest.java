package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An open WebSocket does not outlive its token: it is closed with 4004 when the token expires. */
class TokenExpiryEndToEndTest {
  @TempDir Path data;

  @Test
  void a_connection_is_closed_with_4004_when_its_token_expires() throws Exception {
    try (LynxServer node = TestNode.start(data, Map.of("lynx.jwt.lifetime", "PT3S"))) {
      RestClient rest = new RestClient(node.port());
      String alice = rest.registerAndLogin("alice_exp");
      try (ChatClient phone = ChatClient.connect(node.port(), alice, "phone")) {
        assertThat(phone.heartbeat().get("code").asInt()).isZero();

        assertThat(phone.closeCode.get(10, TimeUnit.SECONDS)).isEqualTo(4004);
      }
    }
  }
}
