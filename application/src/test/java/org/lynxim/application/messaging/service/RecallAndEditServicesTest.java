package org.lynxim.application.messaging.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lynxim.application.fixtures.InMemoryApplication;
import org.lynxim.application.group.port.in.ChangeGroupMemberUseCase.MemberChange;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.PullCursor;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.Role;
import org.lynxim.domain.user.UserId;

/** Recall and edit through their services: who may, what is told, what everyone reads after. */
class RecallAndEditServicesTest {
  private final InMemoryApplication app = new InMemoryApplication();
  private final UserId alice = app.user("alice");
  private final UserId bob = app.user("bob");
  private final UserId carol = app.user("carol");
  private final ConversationId aliceBob = DirectChatId.between(alice, bob);

  private List<String> timeline(UserId reader, ConversationId conversation) {
    return app.pull.pull(reader, conversation, new PullCursor(0, 100)).messages().stream()
        .map(
            m ->
                (m.type() == MsgType.SYSTEM ? "" : m.sender().value() + ":")
                    + m.content().text()
                    + (m.recalled() ? " (recalled)" : "")
                    + (m.editedAt().isPresent() ? " (edited)" : ""))
        .toList();
  }

  @Test
  void a_recall_empties_the_message_for_everyone_and_tells_in_a_system_message() {
    app.send(alice, aliceBob, "a1", "oops");

    Message recalled = app.recall.recall(alice, aliceBob, 1);
    Message again = app.recall.recall(alice, aliceBob, 1);

    assertThat(recalled.recalled()).isTrue();
    assertThat(again).isEqualTo(recalled);
    assertThat(timeline(bob, aliceBob))
        .containsExactly("alice: (recalled)", "{\"event\":\"message_recalled\",\"target_seq\":1}");
    assertThat(app.recorded.pushes.getLast().message().content().text())
        .isEqualTo("{\"event\":\"message_recalled\",\"target_seq\":1}");
    assertThat(app.list.list(bob, Optional.empty(), 10).conversations().getFirst().unread())
        .as("the recalled message counts, its system message does not")
        .isEqualTo(1);
  }

  @Test
  void only_the_sender_recalls_in_a_direct_chat_and_nobody_recalls_a_system_message() {
    app.send(alice, aliceBob, "a1", "mine");
    app.recall.recall(alice, aliceBob, 1);

    app.send(alice, aliceBob, "a2", "also mine");
    assertThatThrownBy(() -> app.recall.recall(bob, aliceBob, 3))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED));
    assertThatThrownBy(() -> app.recall.recall(alice, aliceBob, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> app.recall.recall(alice, aliceBob, 9))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.recall.recall(carol, aliceBob, 1))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void in_a_group_the_owner_recalls_anything_an_admin_plain_members_messages() {
    Group group = app.group(alice, bob, carol);
    app.changeMember.change(
        alice, group.id(), bob, new MemberChange(Optional.of(Role.ADMIN), Optional.empty()));
    ConversationId chat = group.conversationId();
    app.send(carol, chat, "c1", "from carol"); // seq 2
    app.send(bob, chat, "b1", "from bob"); // seq 3
    app.send(alice, chat, "a1", "from alice"); // seq 4

    app.recall.recall(bob, chat, 2);
    app.recall.recall(alice, chat, 3);

    assertThatThrownBy(() -> app.recall.recall(bob, chat, 4))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED));
    assertThatThrownBy(() -> app.recall.recall(carol, chat, 4))
        .isInstanceOf(ForbiddenException.class);
    assertThat(timeline(carol, chat)).contains("carol: (recalled)", "bob: (recalled)");
  }

  @Test
  void the_sender_edits_its_text_and_the_members_are_told() {
    app.send(alice, aliceBob, "a1", "helo");

    Message edited = app.editMessage.edit(alice, aliceBob, 1, MessageContent.of("hello"));

    assertThat(edited.content().text()).isEqualTo("hello");
    assertThat(edited.editedAt()).isPresent();
    assertThat(timeline(bob, aliceBob))
        .containsExactly(
            "alice:hello (edited)", "{\"event\":\"message_updated\",\"target_seq\":1}");
    assertThatThrownBy(() -> app.editMessage.edit(bob, aliceBob, 1, MessageContent.of("x")))
        .isInstanceOf(ForbiddenException.class);
    app.recall.recall(alice, aliceBob, 1);
    assertThatThrownBy(() -> app.editMessage.edit(alice, aliceBob, 1, MessageContent.of("x")))
        .isInstanceOf(org.lynxim.domain.error.ConflictException.class);
  }

  @Test
  void a_message_the_reader_deleted_for_itself_is_not_found() {
    app.send(alice, aliceBob, "a1", "old");
    app.clearConversation.clear(alice, aliceBob);

    assertThatThrownBy(() -> app.recall.recall(alice, aliceBob, 1))
        .isInstanceOf(NotFoundException.class);
  }
}
