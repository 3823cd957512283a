package org.lynxim.application.messaging.port.out;

import java.util.Optional;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * How fast each device may send: a token bucket per user and device (sends without a device, over
 * REST, share one bucket per user), and one per user over all its devices, so that many device ids
 * do not multiply a user's allowance. Safe for concurrent use, never blocks.
 */
public interface SendRateLimiter {

  /** Takes one send from the allowance; false when it is used up for now. */
  boolean tryAcquire(UserId user, Optional<DeviceId> device);

  /** No limit at all, for tests of other things. */
  SendRateLimiter UNLIMITED = (user, device) -> true;
}
