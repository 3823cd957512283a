package org.lynxim.adapter.out.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lynxim.application.messaging.port.out.InboxStore;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.user.UserId;

/** The SQL inbox sees the timeline beside it, so it finds fills that a crash cut off. */
class SqlInboxRecoveryTest {

  static List<SqlDatabase> databases() {
    return List.of(TestDatabases.h2(), TestDatabases.mariadb(), TestDatabases.postgresql());
  }

  @ParameterizedTest(autoCloseArguments = false) // the databases are shared by the whole run
  @MethodSource("databases")
  void conversations_stored_ahead_of_their_fill_are_found_with_how_far_they_were_filled(
      SqlDatabase database) {
    InboxStore inboxes = database.inboxStore(Clock.systemUTC());
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    UserId alice = UserId.of("a" + run);
    ConversationId filled = DirectChatId.between(alice, UserId.of("b" + run));
    ConversationId halfFilled = DirectChatId.between(alice, UserId.of("c" + run));
    ConversationId neverFilled = DirectChatId.between(alice, UserId.of("d" + run));
    List<Message> all = new ArrayList<>();
    all.addAll(messages(filled, alice, 2));
    all.addAll(messages(halfFilled, alice, 3));
    all.addAll(messages(neverFilled, alice, 1));
    database.messageStore().appendAll(all);
    inboxes.append(filled, all.subList(0, 2), List.of(alice));
    inboxes.append(halfFilled, all.subList(2, 3), List.of(alice));

    var behind = inboxes.behindTimeline(100_000);

    assertThat(behind).doesNotContainKey(filled);
    assertThat(behind).containsEntry(halfFilled, 1L).containsEntry(neverFilled, 0L);
  }

  private static List<Message> messages(ConversationId conversation, UserId sender, int count) {
    List<Message> messages = new ArrayList<>();
    for (int seq = 1; seq <= count; seq++) {
      messages.add(
          new Message(
              conversation,
              seq,
              MsgId.of("m" + seq),
              sender,
              MsgType.TEXT,
              MessageContent.of("t" + seq),
              seq));
    }
    return messages;
  }
}
