package org.lynxim.adapter.out.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

class InProcessTypingThrottleTest {
  private final InProcessTypingThrottle throttle = new InProcessTypingThrottle();
  private final UserId ann = UserId.of("ann");
  private final DeviceId phone = DeviceId.of("phone");
  private final ConversationId chat = ConversationId.parse("dm:ann:bob");

  @Test
  void one_frame_a_second_per_device_and_conversation() {
    assertThat(throttle.mayRelay(ann, phone, chat)).isTrue();
    assertThat(throttle.mayRelay(ann, phone, chat)).isFalse();
    assertThat(throttle.mayRelay(ann, DeviceId.of("laptop"), chat)).as("another device").isTrue();
    assertThat(throttle.mayRelay(ann, phone, ConversationId.parse("grp:g1")))
        .as("another conversation")
        .isTrue();
    await().atMost(Duration.ofSeconds(3)).until(() -> throttle.mayRelay(ann, phone, chat));
  }
}
