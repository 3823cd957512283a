package org.lynxim.application.delivery.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.lynxim.application.delivery.port.in.ListDevicesUseCase;
import org.lynxim.application.delivery.port.out.DevicePresence;
import org.lynxim.application.delivery.port.out.PushTokens;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.DeviceStatus;
import org.lynxim.domain.user.PushToken;
import org.lynxim.domain.user.UserId;

/** Who is online (the presence table) beside who can be reached offline (the push tokens). */
public final class ListDevicesService implements ListDevicesUseCase {
  private final DevicePresence presence;
  private final PushTokens tokens;

  public ListDevicesService(DevicePresence presence, PushTokens tokens) {
    this.presence = presence;
    this.tokens = tokens;
  }

  @Override
  public List<DeviceStatus> devices(UserId user) {
    Map<DeviceId, Instant> online = presence.connectedSince(user);
    Map<DeviceId, PushToken> pushable = tokens.of(user);
    TreeSet<DeviceId> all = new TreeSet<>(Comparator.comparing(DeviceId::value));
    all.addAll(online.keySet());
    all.addAll(pushable.keySet());
    return all.stream()
        .map(
            device ->
                new DeviceStatus(
                    device,
                    Optional.ofNullable(online.get(device)),
                    Optional.ofNullable(pushable.get(device))))
        .toList();
  }
}
