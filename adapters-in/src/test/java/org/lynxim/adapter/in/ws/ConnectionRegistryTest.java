package org.lynxim.adapter.in.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.application.fixtures.TestSupport;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

class ConnectionRegistryTest {
  /** Presence while its store is down: every disconnect fails. */
  private final List<UserDevice> refreshed = new CopyOnWriteArrayList<>();

  private final ConnectionRegistry registry =
      new ConnectionRegistry(
          new WebSocketSettings(Duration.ofMillis(300), 100, 65_536, 5, 100),
          new LocalConnections(TestSupport.noMetrics(), Clock.systemUTC()),
          (user, device, at) -> {},
          (user, device) -> {
            throw new StoreUnavailableException("presence is down", null);
          },
          refreshed::addAll,
          Clock.systemUTC());

  @AfterEach
  void close() {
    registry.close();
  }

  @Test
  void silent_connections_are_all_closed_and_sweeps_go_on_while_presence_is_down() {
    RecordingTransport first = new RecordingTransport();
    RecordingTransport second = new RecordingTransport();
    Instant never = Instant.now().plus(Duration.ofDays(1));
    registry.open(UserId.of("alice"), DeviceId.DEFAULT, first, never);
    registry.open(UserId.of("bob"), DeviceId.DEFAULT, second, never);

    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> !first.closeCodes.isEmpty() && !second.closeCodes.isEmpty());
    assertThat(first.closeCodes).containsExactly(CloseCodes.HEARTBEAT_TIMEOUT);
    assertThat(second.closeCodes).containsExactly(CloseCodes.HEARTBEAT_TIMEOUT);

    // A sweep after the failures still runs: the fresh connection is refreshed as present.
    registry.open(UserId.of("carol"), DeviceId.DEFAULT, new RecordingTransport(), never);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> refreshed.contains(new UserDevice(UserId.of("carol"), DeviceId.DEFAULT)));
    assertThat(registry.count()).isLessThanOrEqualTo(1);
  }
}
