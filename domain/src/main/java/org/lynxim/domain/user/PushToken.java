package org.lynxim.domain.user;

import java.util.Objects;
import org.lynxim.domain.Validation;

/** Where to reach a device that is offline: its push service and its token there. */
public record PushToken(PushPlatform platform, String token) {
  public static final int MAX_LENGTH = 4096;

  public PushToken {
    Objects.requireNonNull(platform, "platform");
    Validation.requireLength(token, 1, MAX_LENGTH, "token");
  }
}
