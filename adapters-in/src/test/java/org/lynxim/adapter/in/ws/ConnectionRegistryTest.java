package org.lynxim.adapter.in.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.helidon.common.buffers.BufferData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.application.messaging.port.out.MessagingMetrics;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

class ConnectionRegistryTest {
  private static final MessagingMetrics NO_METRICS =
      new MessagingMetrics() {
        @Override
        public void messageStored(Duration latency) {}

        @Override
        public void messagesPushed(int count) {}

        @Override
        public void inboxFilled(Duration lag) {}
      };

  /** Presence while its store is down: every disconnect fails. */
  private final List<UserDevice> refreshed = new CopyOnWriteArrayList<>();

  private final ConnectionRegistry registry =
      new ConnectionRegistry(
          new WebSocketSettings(Duration.ofMillis(300), 100, 65_536, 5, 100),
          new LocalConnections(NO_METRICS, Clock.systemUTC()),
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

  /** Remembers which sockets were closed, and with what code. */
  private static final class Closing implements Transport {
    final Set<Integer> codes = ConcurrentHashMap.newKeySet();

    @Override
    public void send(String frame) {}

    @Override
    public void pong(BufferData payload) {}

    @Override
    public void close(int code, String reason) {
      codes.add(code);
    }

    @Override
    public void closeSocket() {}

    @Override
    public String clientAddress() {
      return "127.0.0.1";
    }
  }

  @Test
  void silent_connections_are_all_closed_and_sweeps_go_on_while_presence_is_down() {
    Closing first = new Closing();
    Closing second = new Closing();
    Instant never = Instant.now().plus(Duration.ofDays(1));
    registry.open(UserId.of("alice"), DeviceId.DEFAULT, first, never);
    registry.open(UserId.of("bob"), DeviceId.DEFAULT, second, never);

    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> !first.codes.isEmpty() && !second.codes.isEmpty());
    assertThat(first.codes).containsExactly(CloseCodes.HEARTBEAT_TIMEOUT);
    assertThat(second.codes).containsExactly(CloseCodes.HEARTBEAT_TIMEOUT);

    // A sweep after the failures still runs: the fresh connection is refreshed as present.
    registry.open(UserId.of("carol"), DeviceId.DEFAULT, new Closing(), never);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> refreshed.contains(new UserDevice(UserId.of("carol"), DeviceId.DEFAULT)));
    assertThat(registry.count()).isLessThanOrEqualTo(1);
  }
}
