package org.lynxim.application.messaging.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lynxim.application.delivery.port.out.DeliveryEvent;
import org.lynxim.application.fixtures.InMemoryApplication;
import org.lynxim.application.fixtures.RecordingLocalDevices.Signalled;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationSummary;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.MemberRead;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.notice.Audience;
import org.lynxim.domain.notice.Signal;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.SettingsChange;
import org.lynxim.domain.user.UserId;

/** Typing (cmd 11 and 21), read receipts (cmd 22), peer positions and the group reads. */
class TypingAndReceiptsTest {
  private final InMemoryApplication app = new InMemoryApplication();
  private final UserId alice = app.user("alice");
  private final UserId bob = app.user("bob");
  private final UserId carol = app.user("carol");
  private final ConversationId aliceBob = DirectChatId.between(alice, bob);
  private final DeviceId phone = DeviceId.of("phone");

  private void readReceiptsOff(UserId user) {
    app.updateSettings.update(
        user, new SettingsChange(Optional.empty(), Optional.of(false), Optional.empty()));
  }

  @Test
  void typing_reaches_the_other_members_here_and_on_the_other_nodes() {
    Group group = app.group(alice, bob, carol);

    app.typing.typing(alice, phone, aliceBob, true);
    app.typing.typing(bob, phone, group.conversationId(), false);

    Signal direct = new Signal.Typing(aliceBob, alice, true);
    Signal inGroup = new Signal.Typing(group.conversationId(), bob, false);
    assertThat(app.recorded.signals)
        .containsExactly(
            new Signalled(List.of(bob), direct), new Signalled(List.of(alice, carol), inGroup));
    assertThat(app.otherNodes.told)
        .contains(
            new DeliveryEvent.SignalSent(Audience.of(List.of(bob)), direct),
            new DeliveryEvent.SignalSent(Audience.of(List.of(alice, carol)), inGroup));
  }

  @Test
  void typing_checks_the_conversation_as_a_pull_does() {
    Group group = app.group(alice, bob);

    assertThatThrownBy(() -> app.typing.typing(carol, phone, group.conversationId(), true))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_MEMBER));
    assertThatThrownBy(() -> app.typing.typing(carol, phone, aliceBob, true))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () ->
                app.typing.typing(
                    alice, phone, DirectChatId.between(alice, UserId.of("ghost")), true))
        .isInstanceOf(NotFoundException.class);
    assertThat(app.recorded.signals).isEmpty();
  }

  @Test
  void typing_is_dropped_between_blocked_users_over_the_throttle_and_in_large_groups() {
    List<UserId> many = List.of(bob, carol, app.user("dan"), app.user("eve"));
    Group large = app.group(alice, many.toArray(UserId[]::new));
    app.blockUser.block(bob, alice);

    app.typing.typing(alice, phone, aliceBob, true);
    app.typing.typing(alice, phone, large.conversationId(), true);
    app.typingThrottle = (user, device, chat) -> false;
    app.typing.typing(carol, phone, DirectChatId.between(carol, alice), true);

    assertThat(app.recorded.signals).isEmpty();
  }

  @Test
  void an_ack_that_moves_sends_a_read_receipt_to_the_peer_only() {
    app.send(bob, aliceBob, "b1", "one");
    app.send(bob, aliceBob, "b2", "two");

    app.ack.ack(alice, Optional.of(phone), aliceBob, 1);
    app.ack.ack(alice, Optional.of(phone), aliceBob, 1);
    app.ack.ack(alice, Optional.of(phone), aliceBob, 2);

    assertThat(app.recorded.signals)
        .containsExactly(
            new Signalled(
                List.of(bob), new Signal.ReadReceipt(aliceBob, alice, new ReadPosition(1))),
            new Signalled(
                List.of(bob), new Signal.ReadReceipt(aliceBob, alice, new ReadPosition(2))));
  }

  @Test
  void no_receipt_with_read_receipts_off_between_blocked_users_or_in_a_group() {
    Group group = app.group(alice, bob);
    app.send(bob, aliceBob, "b1", "one");
    app.send(bob, group.conversationId(), "g1", "one");
    readReceiptsOff(alice);

    app.ack.ack(alice, Optional.empty(), aliceBob, 1);
    app.ack.ack(alice, Optional.empty(), group.conversationId(), 1);
    app.send(bob, DirectChatId.between(bob, carol), "c1", "hi");
    app.blockUser.block(bob, carol);
    app.ack.ack(carol, Optional.empty(), DirectChatId.between(bob, carol), 1);

    assertThat(app.recorded.signals).isEmpty();
    assertThat(app.positions.of(alice, aliceBob)).isEqualTo(new ReadPosition(1));
  }

  @Test
  void the_list_shows_how_far_the_peer_read_unless_it_keeps_that_to_itself() {
    Group group = app.group(alice, bob);
    ConversationId aliceCarol = DirectChatId.between(alice, carol);
    app.send(alice, aliceBob, "a1", "hi bob");
    app.send(alice, aliceCarol, "a2", "hi carol");
    app.send(alice, group.conversationId(), "a3", "hi all");
    app.ack.ack(bob, Optional.empty(), aliceBob, 1);

    var before = summaries(alice);
    readReceiptsOff(carol);
    app.blockUser.block(bob, alice);
    var after = summaries(alice);

    assertThat(before.get(aliceBob).peerPosition()).contains(new ReadPosition(1));
    assertThat(before.get(aliceCarol).peerPosition()).contains(new ReadPosition(0));
    assertThat(before.get(group.conversationId()).peerPosition()).isEmpty();
    assertThat(after.get(aliceBob).peerPosition()).as("blocked").isEmpty();
    assertThat(after.get(aliceCarol).peerPosition()).as("read receipts off").isEmpty();
  }

  private java.util.Map<ConversationId, ConversationSummary> summaries(UserId user) {
    java.util.Map<ConversationId, ConversationSummary> byId = new java.util.HashMap<>();
    app.list
        .list(user, Optional.empty(), 1000)
        .conversations()
        .forEach(summary -> byId.put(summary.conversationId(), summary));
    return byId;
  }

  @Test
  void group_reads_list_every_member_from_its_join_seq_by_user_id() {
    UserId dan = app.user("dan");
    Group group = app.group(carol, alice, bob);
    app.send(carol, group.conversationId(), "c1", "one");
    app.send(carol, group.conversationId(), "c2", "two");
    app.addMembers.add(carol, group.id(), List.of(dan));
    app.ack.ack(bob, Optional.empty(), group.conversationId(), 1);
    readReceiptsOff(alice);

    // carol's member_added message (seq 3) moved her own position, as a send does.
    assertThat(app.groupReads.reads(dan, group.conversationId()))
        .containsExactly(
            new MemberRead(bob, new ReadPosition(1)),
            new MemberRead(carol, new ReadPosition(3)),
            new MemberRead(dan, new ReadPosition(2)));
  }

  @Test
  void group_reads_refuse_direct_chats_strangers_and_groups_above_the_inbox_limit() {
    Group large = app.group(alice, bob, carol, app.user("dan"), app.user("eve"));
    Group small = app.group(alice, bob);

    assertThatThrownBy(() -> app.groupReads.reads(alice, aliceBob))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> app.groupReads.reads(carol, small.conversationId()))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_MEMBER));
    assertThatThrownBy(() -> app.groupReads.reads(alice, large.conversationId()))
        .isInstanceOfSatisfying(
            ForbiddenException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.GROUP_TOO_LARGE));
  }
}
