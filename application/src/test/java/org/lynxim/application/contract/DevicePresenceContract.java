package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lynxim.application.delivery.port.out.DevicePresence;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/** What every {@link DevicePresence} must do, as seen from the node that writes it. */
public abstract class DevicePresenceContract {
  private final UserId user =
      UserId.of("u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
  private final DeviceId phone = DeviceId.of("phone");
  private final DeviceId laptop = DeviceId.of("laptop");

  protected abstract DevicePresence newPresence();

  @Test
  void a_device_is_online_from_its_connect_to_its_disconnect() {
    DevicePresence presence = newPresence();
    assertThat(presence.connectedSince(user).keySet()).isEmpty();

    presence.connected(user, phone);
    presence.connected(user, laptop);
    assertThat(presence.connectedSince(user).keySet()).containsExactlyInAnyOrder(phone, laptop);

    presence.disconnected(user, phone);
    assertThat(presence.connectedSince(user).keySet()).containsExactly(laptop);
  }

  @Test
  void an_online_device_is_listed_with_when_it_connected() {
    DevicePresence presence = newPresence();
    Instant before = Instant.now().minusSeconds(1);
    presence.connected(user, phone);
    presence.stillConnected(List.of(new UserDevice(user, phone)));

    Instant since = presence.connectedSince(user).get(phone);

    assertThat(since).isNotNull().isAfter(before).isBefore(Instant.now().plusSeconds(1));
    assertThat(presence.connectedSince(user)).containsOnlyKeys(phone);
  }

  @Test
  void a_heartbeat_keeps_connected_devices_online() {
    DevicePresence presence = newPresence();
    presence.connected(user, phone);

    presence.stillConnected(List.of(new UserDevice(user, phone)));

    assertThat(presence.connectedSince(user).keySet()).containsExactly(phone);
  }

  @Test
  void the_first_device_to_come_and_the_last_to_go_are_told() {
    DevicePresence presence = newPresence();
    UserId other = UserId.of(user.value() + "o");

    assertThat(presence.connected(user, phone)).isTrue();
    assertThat(presence.connected(user, laptop)).isFalse();
    assertThat(presence.online(List.of(user, other))).containsExactly(user);
    assertThat(presence.disconnected(user, phone)).isFalse();
    assertThat(presence.disconnected(user, phone)).as("gone already").isFalse();
    assertThat(presence.disconnected(user, laptop)).isTrue();
    assertThat(presence.online(List.of(user, other))).isEmpty();
    assertThat(presence.connected(user, laptop)).as("first again").isTrue();
  }

  @Test
  void disconnecting_a_device_that_is_not_online_changes_nothing() {
    DevicePresence presence = newPresence();
    presence.connected(user, laptop);

    presence.disconnected(user, phone);

    assertThat(presence.connectedSince(user).keySet()).containsExactly(laptop);
  }
}
