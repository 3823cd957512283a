package org.lynxim.application.messaging.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lynxim.application.fixtures.InMemoryApplication;
import org.lynxim.domain.conversation.Diffusion;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.SyncCursor;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.user.UserId;

/** Which messages reach the inboxes, as a group grows past the threshold and shrinks again. */
class InboxDiffusionTest {
  private final InMemoryApplication app = new InMemoryApplication();
  private final UserId alice = app.user("alice");
  private final UserId bob = app.user("bob");
  private final UserId carol = app.user("carol");
  private final UserId dave = app.user("dave");
  private final UserId erin = app.user("erin");

  /** The msg_ids synced, system messages shown by their type alone (their ids are random). */
  private List<String> syncedBy(UserId user) {
    return app.sync.sync(user, new SyncCursor(0, 500)).entries().stream()
        .map(
            entry ->
                entry.message().type() == MsgType.SYSTEM
                    ? "system"
                    : entry.message().msgId().value())
        .toList();
  }

  private Diffusion listedDiffusion(UserId user, Group group) {
    return app.list.list(user, Optional.empty(), 1000).conversations().stream()
        .filter(line -> line.conversationId().equals(group.conversationId()))
        .findFirst()
        .orElseThrow()
        .diffusion();
  }

  @Test
  void a_group_crossing_the_threshold_switches_for_its_new_messages() {
    Group group = app.group(alice, bob, carol, dave); // 4 members: the fixture's threshold
    var id = group.conversationId();
    app.send(alice, id, "small", "still small");
    assertThat(listedDiffusion(bob, group)).isEqualTo(Diffusion.INBOX);

    app.addMembers.add(alice, group.id(), List.of(erin)); // 5: a large group now
    var pushed = app.send(alice, id, "large", "now large");
    assertThat(pushed.inboxSeqs()).isEmpty();
    assertThat(listedDiffusion(bob, group)).isEqualTo(Diffusion.TIMELINE);

    app.removeMember.remove(alice, group.id(), erin);
    app.send(alice, id, "small-again", "small again");

    // 1.2: member_added went out while the group was large (timeline only); member_removed once
    // it was small again, to those still in it.
    assertThat(syncedBy(bob)).containsExactly("small", "system", "small-again");
    assertThat(syncedBy(alice)).containsExactly("small", "system", "small-again");
    assertThat(syncedBy(erin)).isEmpty();
  }

  @Test
  void the_sender_has_its_own_message_in_its_inbox_for_its_other_devices() {
    var chat =
        app.send(
            alice, org.lynxim.domain.conversation.DirectChatId.between(alice, bob), "m1", "hi");

    assertThat(chat.inboxSeqs()).containsOnlyKeys(alice, bob);
    assertThat(syncedBy(alice)).containsExactly("m1");
  }
}
