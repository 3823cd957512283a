package org.lynxim.application.delivery.service;

import org.lynxim.application.delivery.port.in.RemovePushTokenUseCase;
import org.lynxim.application.delivery.port.out.PushTokens;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/** Drops a device's push token. */
public final class RemovePushTokenService implements RemovePushTokenUseCase {
  private final PushTokens tokens;

  public RemovePushTokenService(PushTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public void remove(UserId user, DeviceId device) {
    tokens.remove(user, device);
  }
}
