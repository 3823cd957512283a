package org.lynxim.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lynxim.application.fixtures.InMemoryMessageStore;
import org.lynxim.application.fixtures.InMemoryReadPositions;
import org.lynxim.application.fixtures.TestSupport;
import org.lynxim.application.port.in.SendResult;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.user.UserId;

class StoreBatchServiceTest {
  private final UserId alice = UserId.of("alice");
  private final UserId bob = UserId.of("bob");
  private final ConversationId chat = ConversationId.parse("dm:alice:bob");
  private final ConversationId group = ConversationId.parse("grp:team");
  private final InMemoryMessageStore messages = new InMemoryMessageStore();
  private final InMemoryReadPositions positions = new InMemoryReadPositions();
  private final StoreBatchService writer =
      new StoreBatchService(
          messages, TestSupport.seqAllocator(messages), positions, Clock.systemUTC());

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
    var racing =
        new StoreBatchService(
            lateStore, TestSupport.seqAllocator(lateStore), positions, Clock.systemUTC());

    List<SendResult> results =
        racing.store(List.of(draft(chat, bob, "w"), draft(chat, alice, "z")));

    assertThat(results.get(0).duplicate()).isFalse();
    assertThat(results.get(1).duplicate()).isTrue();
    assertThat(results.get(1).message().seq()).isEqualTo(1);
    assertThat(lateStore.readAfter(chat, 0, 10))
        .extracting(m -> m.msgId().value())
        .containsExactly("z", "w");
  }
}
