package org.lynxim.application.delivery.port.out;

import java.util.Collection;
import java.util.Map;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.PushToken;
import org.lynxim.domain.user.UserId;

/** The push tokens of users' devices, for offline push; durable. One token per device. */
public interface PushTokens {

  /** Sets the device's token, replacing any earlier one. */
  void set(UserId user, DeviceId device, PushToken token);

  /** Drops the device's token; nothing happens if it has none. */
  void remove(UserId user, DeviceId device);

  /** Every device of the user that has a token. */
  Map<DeviceId, PushToken> of(UserId user);

  /** The devices with a token of each of the users that has any (a group's members at once). */
  Map<UserId, Map<DeviceId, PushToken>> ofUsers(Collection<UserId> users);
}
