package org.lynxim.application.messaging.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lynxim.application.fixtures.InMemoryApplication;
import org.lynxim.application.fixtures.RecordingLocalDevices.Notice;
import org.lynxim.application.messaging.port.in.UnreadSummaryUseCase.Summary;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationSettings;
import org.lynxim.domain.conversation.ConversationSettingsChange;
import org.lynxim.domain.conversation.ConversationSummary;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.Draft;
import org.lynxim.domain.conversation.InboxEntry;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.PullCursor;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.conversation.SyncCursor;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.notice.AccountNotice;
import org.lynxim.domain.notice.Signal;
import org.lynxim.domain.user.UserId;

/** Pinned, muted, drafts, delete for me, mark all read and the unread summary. */
class ConversationSettingsTest {
  private final InMemoryApplication app = new InMemoryApplication();
  private final UserId alice = app.user("alice");
  private final UserId bob = app.user("bob");
  private final UserId carol = app.user("carol");
  private final ConversationId aliceBob = DirectChatId.between(alice, bob);
  private final ConversationId aliceCarol = DirectChatId.between(alice, carol);

  private static ConversationSettingsChange pin(boolean pinned) {
    return new ConversationSettingsChange(Optional.of(pinned), Optional.empty(), Optional.empty());
  }

  private static ConversationSettingsChange mute() {
    return new ConversationSettingsChange(Optional.empty(), Optional.of(true), Optional.empty());
  }

  private static ConversationSettingsChange draft(String text) {
    return new ConversationSettingsChange(
        Optional.empty(), Optional.empty(), Optional.of(Optional.of(new Draft(text))));
  }

  private List<String> listed(UserId user) {
    return app.list.list(user, Optional.empty(), 1000).conversations().stream()
        .map(summary -> summary.conversationId().value())
        .toList();
  }

  @Test
  void a_pinned_conversation_comes_first_and_a_drafted_one_is_listed_without_messages() {
    Group group = app.group(alice, bob);
    app.send(bob, aliceBob, "b1", "hi");
    app.send(bob, group.conversationId(), "g1", "hi all");

    ConversationSettings pinned = app.changeConversationSettings.change(alice, aliceBob, pin(true));
    app.changeConversationSettings.change(alice, aliceCarol, draft(""));

    // The fixed clock gives the draft and the group's message one time: ties go by id.
    assertThat(listed(alice))
        .containsExactly(aliceBob.value(), aliceCarol.value(), group.conversationId().value());
    assertThat(app.recorded.notices)
        .contains(
            new Notice(alice, new AccountNotice.ConversationSettingsChanged(aliceBob, pinned)));
    ConversationSummary drafted = app.list.list(alice, Optional.empty(), 10).conversations().get(1);
    assertThat(drafted.settings().draft()).contains(new Draft(""));
    assertThat(drafted.lastMessage()).isEmpty();
    assertThat(listed(carol)).as("the settings are alice's alone").isEmpty();
    assertThatThrownBy(() -> app.changeConversationSettings.change(carol, aliceBob, mute()))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void delete_for_me_hides_the_past_from_pulls_syncs_and_the_list_until_something_newer() {
    app.send(bob, aliceBob, "b1", "one");
    app.send(bob, aliceBob, "b2", "two");
    app.recorded.syncs.clear();
    app.recorded.signals.clear();

    long cleared = app.clearConversation.clear(alice, aliceBob);

    assertThat(cleared).isEqualTo(2);
    assertThat(app.pull.pull(alice, aliceBob, new PullCursor(0, 50)).messages()).isEmpty();
    assertThat(app.pull.pull(bob, aliceBob, new PullCursor(0, 50)).messages()).hasSize(2);
    assertThat(app.sync.sync(alice, new SyncCursor(0, 100)).entries()).isEmpty();
    assertThat(app.positions.of(alice, aliceBob)).isEqualTo(new ReadPosition(2));
    assertThat(app.recorded.syncs).as("a delete is not a read").isEmpty();
    assertThat(app.recorded.signals).isEmpty();
    assertThat(listed(alice)).isEmpty();
    assertThat(app.recorded.notices)
        .contains(new Notice(alice, new AccountNotice.ConversationCleared(aliceBob, 2)));

    app.send(bob, aliceBob, "b3", "three");

    assertThat(listed(alice)).containsExactly(aliceBob.value());
    assertThat(app.pull.pull(alice, aliceBob, new PullCursor(0, 50)).messages())
        .extracting(Message::seq)
        .containsExactly(3L);
    assertThat(app.sync.sync(alice, new SyncCursor(0, 100)).entries())
        .extracting(InboxEntry::message)
        .extracting(Message::seq)
        .containsExactly(3L);
  }

  @Test
  void a_settings_change_brings_a_cleared_conversation_back() {
    app.send(bob, aliceBob, "b1", "one");
    app.changeConversationSettings.change(alice, aliceBob, pin(true));
    app.clearConversation.clear(alice, aliceBob);
    assertThat(listed(alice)).isEmpty();

    app.changeConversationSettings.change(alice, aliceBob, mute());

    assertThat(listed(alice)).containsExactly(aliceBob.value());
  }

  @Test
  void mark_all_read_acks_what_is_behind_and_tells_as_acks_do() {
    Group group = app.group(bob, alice);
    app.send(bob, aliceBob, "b1", "one");
    app.send(bob, group.conversationId(), "g1", "one");
    app.send(bob, group.conversationId(), "g2", "two");
    app.send(carol, aliceCarol, "c1", "one");
    app.ack.ack(alice, Optional.empty(), aliceCarol, 1);
    app.recorded.signals.clear();

    Map<ConversationId, ReadPosition> moved = app.readAll.readAll(alice);

    assertThat(moved)
        .isEqualTo(
            Map.of(aliceBob, new ReadPosition(1), group.conversationId(), new ReadPosition(2)));
    assertThat(app.recorded.signals)
        .extracting(signalled -> signalled.signal())
        .containsExactly(new Signal.ReadReceipt(aliceBob, alice, new ReadPosition(1)));
    assertThat(app.unreadSummary.unread(alice)).isEqualTo(new Summary(0, 0));
  }

  @Test
  void the_unread_summary_leaves_muted_conversations_out() {
    Group group = app.group(bob, alice);
    app.send(bob, aliceBob, "b1", "one");
    app.send(bob, aliceBob, "b2", "two");
    app.send(bob, group.conversationId(), "g1", "one");
    app.send(carol, aliceCarol, "c1", "one");

    app.changeConversationSettings.change(alice, aliceCarol, mute());

    assertThat(app.unreadSummary.unread(alice)).isEqualTo(new Summary(3, 2));
  }
}
