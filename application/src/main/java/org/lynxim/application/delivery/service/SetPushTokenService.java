package org.lynxim.application.delivery.service;

import java.util.Optional;
import org.lynxim.application.delivery.port.in.SetPushTokenUseCase;
import org.lynxim.application.delivery.port.out.DevicePresence;
import org.lynxim.application.delivery.port.out.PushTokens;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.DeviceStatus;
import org.lynxim.domain.user.PushToken;
import org.lynxim.domain.user.UserId;

/** Stores the token and answers the device as the list shows it. */
public final class SetPushTokenService implements SetPushTokenUseCase {
  private final DevicePresence presence;
  private final PushTokens tokens;

  public SetPushTokenService(DevicePresence presence, PushTokens tokens) {
    this.presence = presence;
    this.tokens = tokens;
  }

  @Override
  public DeviceStatus set(UserId user, DeviceId device, PushToken token) {
    tokens.set(user, device, token);
    return new DeviceStatus(
        device, Optional.ofNullable(presence.connectedSince(user).get(device)), Optional.of(token));
  }
}
