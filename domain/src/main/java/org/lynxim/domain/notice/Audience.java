package org.lynxim.domain.notice;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/**
 * Which online devices a signal is for: every device of some users, but one of them ({@code
 * except}: the device that sent it), or one device alone ({@code only}: a call's party).
 */
public record Audience(List<UserId> users, Optional<UserDevice> except, Optional<UserDevice> only) {
  public Audience {
    users = List.copyOf(users);
    Objects.requireNonNull(except, "except");
    Objects.requireNonNull(only, "only");
    if (only.isPresent() && (except.isPresent() || !users.equals(List.of(only.get().user())))) {
      throw new IllegalArgumentException("an audience of one device is that device's user alone");
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
    return new Audience(List.of(device.user()), Optional.empty(), Optional.of(device));
  }

  /** Whether the user's device is in the audience (the user being one of {@link #users}). */
  public boolean includes(UserId user, DeviceId device) {
    UserDevice one = new UserDevice(user, device);
    return only.map(one::equals).orElse(true) && !except.map(one::equals).orElse(false);
  }
}
