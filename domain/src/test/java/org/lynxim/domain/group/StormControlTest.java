package org.lynxim.domain.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.SystemEvent;
import org.lynxim.domain.user.UserId;

class StormControlTest {
  private final ConversationId group = GroupId.of("big").conversation();

  private Message system(SystemEvent event) {
    return new Message(
        group, 5, MsgId.of("sys_1"), UserId.of("ann"), MsgType.SYSTEM, event.content(), 1_000);
  }

  @Test
  void only_groups_past_the_threshold_are_controlled() {
    StormControl storm = new StormControl(1000);
    assertThat(storm.applies(1000)).isFalse();
    assertThat(storm.applies(1001)).isTrue();
    assertThatThrownBy(() -> new StormControl(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void member_changes_reach_no_device_and_everything_else_does() {
    assertThat(
            StormControl.reachesDevices(
                system(new GroupEvent.MembersAdded(List.of(UserId.of("bob"))))))
        .isFalse();
    assertThat(StormControl.reachesDevices(system(new SystemEvent.MessageRecalled(3)))).isTrue();
    assertThat(
            StormControl.reachesDevices(
                new Message(
                    group,
                    6,
                    MsgId.of("m"),
                    UserId.of("ann"),
                    MsgType.TEXT,
                    MessageContent.of("{\"event\":\"member_added\"}"),
                    1_000)))
        .as("a text that looks like one is a text")
        .isTrue();
  }

  @Test
  void the_first_notice_goes_at_once_then_at_most_one_a_second() {
    Instant now = Instant.parse("2026-12-02T10:00:00Z");
    assertThat(StormControl.nextNotice(Optional.empty(), now)).isEqualTo(now);
    assertThat(StormControl.nextNotice(Optional.of(now.minusMillis(300)), now))
        .isEqualTo(now.plusMillis(700));
    assertThat(StormControl.nextNotice(Optional.of(now.minusSeconds(2)), now)).isEqualTo(now);
  }
}
