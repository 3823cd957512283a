package org.lynxim.application.messaging.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lynxim.application.fixtures.InMemoryGroupStore;
import org.lynxim.application.fixtures.InMemoryInboxStore;
import org.lynxim.application.fixtures.InMemoryMessageStore;
import org.lynxim.application.fixtures.InMemoryReadPositions;
import org.lynxim.application.fixtures.RecordingPushQueue;
import org.lynxim.application.fixtures.TestSupport;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.conversation.SendResult;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.GroupName;
import org.lynxim.domain.user.UserId;

class ConversationWriterTest {
  private final UserId alice = UserId.of("alice");
  private final UserId bob = UserId.of("bob");
  private final ConversationId chat = ConversationId.parse("dm:alice:bob");
  private final ConversationId group = ConversationId.parse("grp:team");
  private final InMemoryMessageStore messages = new InMemoryMessageStore();
  private final InMemoryReadPositions positions = new InMemoryReadPositions();
  private final InMemoryGroupStore groups = new InMemoryGroupStore();
  private final InMemoryInboxStore inboxes = new InMemoryInboxStore(Clock.systemUTC(), messages);
  private final InboxFanOut filler = new InboxFanOut(inboxes, groups, 2);
  private final ConversationWriter writer = writerOver(messages);

  private ConversationWriter writerOver(InMemoryMessageStore store) {
    return new ConversationWriter(
        store,
        TestSupport.seqAllocator(store),
        positions,
        filler,
        new RecordingPushQueue(),
        TestSupport.noMetrics(),
        Clock.systemUTC());
  }

  @BeforeEach
  void twoGroups() {
    groups.create(Group.create(GroupId.of("team"), GroupName.of("team"), bob, List.of(alice), 1));
    groups.create(
        Group.create(
            GroupId.of("crowd"),
            GroupName.of("crowd"),
            bob,
            List.of(alice, UserId.of("carol")),
            1));
  }

  private MessageDraft draft(ConversationId conversation, UserId sender, String msgId) {
    return new MessageDraft(
        conversation, MsgId.of(msgId), sender, MsgType.TEXT, MessageContent.of(msgId));
  }

  @Test
  void a_batch_gets_seqs_in_order_per_conversation_and_is_stored_at_once() {
    List<SendResult> results =
        writer.store(
            List.of(
                draft(chat, alice, "a1"),
                draft(group, bob, "g1"),
                draft(chat, bob, "b1"),
                draft(chat, alice, "a2")));

    assertThat(results).extracting(r -> r.message().seq()).containsExactly(1L, 1L, 2L, 3L);
    assertThat(results).noneMatch(SendResult::duplicate);
    assertThat(messages.readAfter(chat, 0, 10))
        .extracting(Message::seq)
        .containsExactly(1L, 2L, 3L);
    assertThat(positions.of(alice, chat)).isEqualTo(new ReadPosition(3));
    assertThat(positions.of(bob, chat)).isEqualTo(new ReadPosition(2));
  }

  @Test
  void a_key_twice_in_a_batch_or_stored_before_is_a_duplicate_of_the_first() {
    SendResult first = writer.store(List.of(draft(chat, alice, "x"))).getFirst();
    List<SendResult> results =
        writer.store(
            List.of(draft(chat, alice, "y"), draft(chat, alice, "y"), draft(chat, alice, "x")));

    assertThat(results.get(0).duplicate()).isFalse();
    assertThat(results.get(1)).isEqualTo(new SendResult(results.get(0).message(), true));
    assertThat(results.get(2)).isEqualTo(new SendResult(first.message(), true));
    assertThat(messages.lastSeq(chat)).isEqualTo(2);
  }

  @Test
  void a_key_stored_by_another_writer_meanwhile_answers_the_stored_message() {
    var lateStore =
        new InMemoryMessageStore() {
          private boolean raced;

          @Override
          public synchronized java.util.Map<org.lynxim.domain.conversation.IdempotencyKey, Message>
              findStored(java.util.Collection<org.lynxim.domain.conversation.IdempotencyKey> keys) {
            if (!raced) {
              raced = true;
              // Another node stores "z" right after this writer looked.
              super.appendAll(List.of(draft(chat, alice, "z").sequenced(1, 1)));
              return java.util.Map.of();
            }
            return super.findStored(keys);
          }
        };
    var racing = writerOver(lateStore);

    List<SendResult> results =
        racing.store(List.of(draft(chat, bob, "w"), draft(chat, alice, "z")));

    assertThat(results.get(0).duplicate()).isFalse();
    assertThat(results.get(1).duplicate()).isTrue();
    assertThat(results.get(1).message().seq()).isEqualTo(1);
    assertThat(lateStore.readAfter(chat, 0, 10))
        .extracting(m -> m.msgId().value())
        .containsExactly("z", "w");
  }

  @Test
  void small_conversations_are_filled_into_every_members_inbox_before_the_ack() {
    List<SendResult> results =
        writer.store(List.of(draft(chat, alice, "a1"), draft(group, bob, "g1")));

    assertThat(results.get(0).inboxSeqs()).isEqualTo(Map.of(alice, 1L, bob, 1L));
    assertThat(results.get(1).inboxSeqs()).isEqualTo(Map.of(alice, 2L, bob, 2L));
    assertThat(inboxes.readAfter(bob, 0, 10))
        .extracting(e -> e.message().msgId().value())
        .containsExactly("a1", "g1");
  }

  @Test
  void a_group_above_the_threshold_stays_out_of_the_inboxes() {
    ConversationId crowd = ConversationId.parse("grp:crowd");

    SendResult result = writer.store(List.of(draft(crowd, bob, "c1"))).getFirst();

    assertThat(result.inboxSeqs()).isEmpty();
    assertThat(inboxes.readAfter(bob, 0, 10)).isEmpty();
  }

  @Test
  void a_resent_message_whose_fill_a_crash_cut_off_is_filled_once() {
    SendResult stored = writer.store(List.of(draft(chat, alice, "a1"))).getFirst();
    // As if the process died after storing a2 and before filling it.
    messages.appendAll(List.of(draft(chat, alice, "a2").sequenced(2, 5)));

    SendResult resent = writer.store(List.of(draft(chat, alice, "a2"))).getFirst();
    writer.store(List.of(draft(chat, alice, "a1"))); // an old duplicate adds nothing

    assertThat(resent.duplicate()).isTrue();
    assertThat(stored.inboxSeqs()).containsEntry(bob, 1L);
    assertThat(inboxes.readAfter(bob, 0, 10))
        .extracting(e -> e.message().seq())
        .containsExactly(1L, 2L);
  }
}
