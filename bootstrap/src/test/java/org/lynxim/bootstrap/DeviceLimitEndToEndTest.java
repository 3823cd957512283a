package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user has at most max_devices connected devices: one more closes the oldest with 4005. */
class DeviceLimitEndToEndTest {
  @TempDir Path data;

  @Test
  void a_device_beyond_the_limit_closes_the_users_oldest_connection_with_4005() throws Exception {
    try (LynxServer node = TestNode.start(data, Map.of("lynx.max.devices", "3"))) {
      String alice = new RestClient(node.port()).registerAndLogin("alice_devices");
      List<ChatClient> devices = new ArrayList<>();
      try {
        for (int i = 0; i < 3; i++) {
          devices.add(ChatClient.connect(node.port(), alice, "device" + i));
          assertThat(devices.getLast().heartbeat().get("code").asInt()).isZero();
        }

        devices.add(ChatClient.connect(node.port(), alice, "device3"));

        assertThat(devices.getFirst().closeCode.get(10, TimeUnit.SECONDS)).isEqualTo(4005);
        for (ChatClient newer : devices.subList(1, 4)) {
          assertThat(newer.heartbeat().get("code").asInt()).isZero();
        }
      } finally {
        devices.forEach(ChatClient::close);
      }
    }
  }
}
