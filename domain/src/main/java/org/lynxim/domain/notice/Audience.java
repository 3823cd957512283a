package org.lynxim.domain.notice;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/**
 * Which online devices a signal is for: every device of some users, but one of them ({@code
 * except}: the device that sent it), or some devices alone ({@code only}: a call's party, the
 * devices that show a large group).
 */
public record Audience(
    List<UserId> users, Optional<UserDevice> except, Optional<Set<UserDevice>> only) {
  public Audience {
    users = List.copyOf(users);
    Objects.requireNonNull(except, "except");
    only = only.map(Set::copyOf);
    if (only.isPresent()
        && (except.isPresent()
            || !Set.copyOf(users)
                .equals(only.get().stream().map(UserDevice::user).collect(Collectors.toSet())))) {
      throw new IllegalArgumentException("an audience of devices is those devices' users alone");
    }
  }

  /** Every device of the users. */
  public static Audience of(List<UserId> users) {
    return new Audience(users, Optional.empty(), Optional.empty());
  }

  /** Every device of the users but {@code except}. */
  public static Audience allBut(List<UserId> users, UserDevice except) {
    return new Audience(users, Optional.of(except), Optional.empty());
  }

  /** The one device. */
  public static Audience device(UserDevice device) {
    return devices(Set.of(device));
  }

  /** These devices alone. */
  public static Audience devices(Set<UserDevice> devices) {
    return new Audience(
        devices.stream().map(UserDevice::user).distinct().toList(),
        Optional.empty(),
        Optional.of(devices));
  }

  /** Whether the user's device is in the audience (the user being one of {@link #users}). */
  public boolean includes(UserId user, DeviceId device) {
    UserDevice one = new UserDevice(user, device);
    return only.map(devices -> devices.contains(one)).orElse(true)
        && !except.map(one::equals).orElse(false);
  }
}
