package org.lynxim.application.messaging.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lynxim.application.fixtures.InMemoryApplication;
import org.lynxim.application.fixtures.RecordingLocalDevices.Sync;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationSummary;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.Page;
import org.lynxim.domain.conversation.PullCursor;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/** Pull, ack and the conversation list. */
class ReadingServicesTest {
  private final InMemoryApplication app = new InMemoryApplication();
  private final UserId alice = app.user("alice");
  private final UserId bob = app.user("bob");
  private final UserId carol = app.user("carol");
  private final ConversationId aliceBob = DirectChatId.between(alice, bob);

  @Test
  void a_pull_pages_through_the_conversation_from_a_cursor() {
    for (int i = 1; i <= 5; i++) {
      app.send(alice, aliceBob, "m" + i, "text " + i);
    }

    Page first = app.pull.pull(bob, aliceBob, new PullCursor(0, 2));
    Page last = app.pull.pull(bob, aliceBob, new PullCursor(first.nextCursorSeq(), 10));

    assertThat(first.messages()).extracting(Message::seq).containsExactly(1L, 2L);
    assertThat(first.hasMore()).isTrue();
    assertThat(last.messages()).extracting(Message::seq).containsExactly(3L, 4L, 5L);
    assertThat(last.hasMore()).isFalse();
    assertThat(last.nextCursorSeq()).isEqualTo(5);
  }

  @Test
  void a_group_member_sees_only_what_was_sent_after_it_joined() {
    Group group = app.group(alice, bob);
    app.send(alice, group.conversationId(), "before", "before carol");
    app.addMembers.add(alice, group.id(), List.of(carol));
    app.send(bob, group.conversationId(), "after", "after carol");

    Page page = app.pull.pull(carol, group.conversationId(), new PullCursor(0, 50));

    // 1.2: carol sees the member_added message that names her, and what came after.
    assertThat(page.messages())
        .extracting(m -> m.type() + ":" + m.content().text())
        .containsExactly(
            "SYSTEM:{\"event\":\"member_added\",\"user_ids\":[\"carol\"]}", "TEXT:after carol");
    assertThat(app.ack.ack(carol, Optional.empty(), group.conversationId(), 0))
        .isEqualTo(new ReadPosition(1));
  }

  @Test
  void a_removed_member_can_no_longer_pull() {
    Group group = app.group(alice, bob);
    app.removeMember.remove(alice, group.id(), bob);

    assertThatThrownBy(() -> app.pull.pull(bob, group.conversationId(), new PullCursor(0, 5)))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void an_ack_moves_forward_only_and_syncs_the_other_devices_when_it_moves() {
    app.send(alice, aliceBob, "m1", "one");
    app.send(alice, aliceBob, "m2", "two");
    Optional<DeviceId> laptop = Optional.of(DeviceId.of("laptop"));

    assertThat(app.ack.ack(bob, laptop, aliceBob, 2)).isEqualTo(new ReadPosition(2));
    assertThat(app.ack.ack(bob, laptop, aliceBob, 1)).isEqualTo(new ReadPosition(2));
    assertThat(app.recorded.syncs)
        .containsExactly(new Sync(bob, aliceBob, new ReadPosition(2), laptop));
  }

  @Test
  void an_ack_beyond_the_last_seq_is_invalid() {
    app.send(alice, aliceBob, "m1", "one");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> app.ack.ack(bob, Optional.empty(), aliceBob, 2));
    assertThatThrownBy(() -> app.ack.ack(carol, Optional.empty(), aliceBob, 1))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void the_list_holds_direct_chats_with_messages_and_every_group_with_unread_counts() {
    Group quiet = app.group(bob, alice);
    app.send(alice, aliceBob, "m1", "one");
    app.send(alice, aliceBob, "m2", "two");
    app.ack.ack(bob, Optional.empty(), aliceBob, 1);
    DirectChatId bobCarol = DirectChatId.between(bob, carol);

    List<ConversationSummary> list = app.list.list(bob, Optional.empty(), 1000).conversations();

    assertThat(list)
        .extracting(ConversationSummary::conversationId)
        .containsExactly(aliceBob, quiet.conversationId());
    ConversationSummary direct = list.getFirst();
    assertThat(direct.lastSeq()).isEqualTo(2);
    assertThat(direct.unread()).isEqualTo(1);
    assertThat(direct.lastMessage().map(m -> m.content().text())).contains("two");
    assertThat(list.get(1).lastMessage()).isEmpty();
    assertThat(list).extracting(ConversationSummary::conversationId).doesNotContain(bobCarol);
    assertThat(app.list.list(alice, Optional.empty(), 1000).conversations().getFirst().unread())
        .isZero();
  }
}
