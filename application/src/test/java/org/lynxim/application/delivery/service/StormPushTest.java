package org.lynxim.application.delivery.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lynxim.application.delivery.port.out.DeliveryEvent;
import org.lynxim.application.fixtures.InMemoryDeviceFocus;
import org.lynxim.application.fixtures.RecordingLocalDevices;
import org.lynxim.application.fixtures.RecordingOtherNodes;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.group.GroupEvent;
import org.lynxim.domain.group.StormControl;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/** Which pushes storm control changes, on this node and for the others. */
class StormPushTest {
  private final RecordingLocalDevices local = new RecordingLocalDevices();
  private final RecordingOtherNodes others = new RecordingOtherNodes();
  private final InMemoryDeviceFocus focus = new InMemoryDeviceFocus();
  private final PushMessageService push =
      new PushMessageService(local, others, new StormControl(2), focus);
  private final UserId ann = UserId.of("ann");
  private final UserId bob = UserId.of("bob");
  private final UserId cal = UserId.of("cal");
  private final ConversationId crowd = GroupId.of("crowd").conversation();
  private final UserDevice bobPhone = new UserDevice(bob, DeviceId.of("phone"));

  private Message text(ConversationId conversation, long seq) {
    return new Message(
        conversation, seq, MsgId.of("m" + seq), ann, MsgType.TEXT, MessageContent.of("hi"), 1_000);
  }

  @Test
  void a_large_group_goes_to_the_focused_devices_and_the_other_nodes_learn_who() {
    focus.focus(bobPhone, Optional.of(crowd));
    focus.focus(new UserDevice(UserId.of("gone"), DeviceId.of("phone")), Optional.of(crowd));

    push.push(text(crowd, 1), List.of(ann, bob, cal), Map.of(), Optional.empty());

    assertThat(local.pushes).isEmpty();
    assertThat(local.stormPushes)
        .singleElement()
        .satisfies(storm -> assertThat(storm.focused()).containsExactly(bobPhone));
    assertThat(others.told)
        .singleElement()
        .satisfies(
            event ->
                assertThat(((DeliveryEvent.MessagePushed) event).stormFocus())
                    .contains(java.util.Set.of(bobPhone)));
  }

  @Test
  void small_groups_and_direct_chats_are_pushed_whole_and_member_changes_not_at_all() {
    push.push(text(crowd, 1), List.of(ann, bob), Map.of(), Optional.empty());
    push.push(
        text(DirectChatId.between(ann, bob), 1),
        List.of(ann, bob, cal),
        Map.of(),
        Optional.empty());
    assertThat(local.pushes).hasSize(2);

    Message added =
        new Message(
            crowd,
            2,
            MsgId.of("sys_1"),
            ann,
            MsgType.SYSTEM,
            new GroupEvent.MembersAdded(List.of(cal)).content(),
            1_000);
    push.push(added, List.of(ann, bob, cal), Map.of(), Optional.empty());

    assertThat(local.stormPushes).isEmpty();
    assertThat(local.pushes).hasSize(2);
  }
}
