package org.lynxim.adapter.out.memory;

import java.time.Duration;
import org.lynxim.application.messaging.port.out.TypingThrottle;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/** One typing frame per device and conversation a second, in buckets of this process. */
public final class InProcessTypingThrottle implements TypingThrottle {
  private final KeyedBuckets buckets = new KeyedBuckets(1, 1, Duration.ofSeconds(1));

  @Override
  public boolean mayRelay(UserId user, DeviceId device, ConversationId conversation) {
    return buckets.tryConsume(user.value() + "/" + device.value() + "/" + conversation.value());
  }
}
