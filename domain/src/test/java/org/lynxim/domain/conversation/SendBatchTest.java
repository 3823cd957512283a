package org.lynxim.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lynxim.domain.user.UserId;

class SendBatchTest {
  private static final ConversationId CHAT = ConversationId.parse("dm:alice:bob");
  private static final ConversationId GROUP = ConversationId.parse("grp:g1");
  private static final UserId ALICE = UserId.of("alice");

  private static MessageDraft draft(ConversationId conversation, String msgId) {
    return new MessageDraft(
        conversation, MsgId.of(msgId), ALICE, MsgType.TEXT, MessageContent.of(msgId));
  }

  @Test
  void new_drafts_take_consecutive_seqs_per_conversation_in_the_order_sent() {
    SendBatch batch =
        SendBatch.of(List.of(draft(CHAT, "a"), draft(GROUP, "b"), draft(CHAT, "c")), Map.of());

    assertThat(batch.seqsNeeded()).isEqualTo(Map.of(CHAT, 2, GROUP, 1));
    List<SendOutcome> outcomes = batch.seal(Map.of(CHAT, 10L, GROUP, 4L), 77);

    assertThat(outcomes).allMatch(SendOutcome.Stored.class::isInstance);
    assertThat(outcomes).extracting(o -> o.message().seq()).containsExactly(10L, 4L, 11L);
    assertThat(outcomes).extracting(o -> o.message().sendTime()).containsOnly(77L);
    assertThat(SendBatch.toStore(outcomes)).hasSize(3);
  }

  @Test
  void a_key_stored_before_is_a_duplicate_of_the_stored_message_and_takes_no_seq() {
    Message stored = draft(CHAT, "a").sequenced(3, 5);
    SendBatch batch =
        SendBatch.of(List.of(draft(CHAT, "a"), draft(CHAT, "b")), Map.of(stored.key(), stored));

    assertThat(batch.seqsNeeded()).isEqualTo(Map.of(CHAT, 1));
    List<SendOutcome> outcomes = batch.seal(Map.of(CHAT, 4L), 9);

    assertThat(outcomes.get(0)).isEqualTo(new SendOutcome.Duplicate(stored));
    assertThat(outcomes.get(1)).isInstanceOf(SendOutcome.Stored.class);
    assertThat(SendBatch.toStore(outcomes)).extracting(Message::seq).containsExactly(4L);
  }

  @Test
  void a_key_repeated_within_the_batch_answers_the_first_message() {
    SendBatch batch = SendBatch.of(List.of(draft(CHAT, "a"), draft(CHAT, "a")), Map.of());

    assertThat(batch.seqsNeeded()).isEqualTo(Map.of(CHAT, 1));
    List<SendOutcome> outcomes = batch.seal(Map.of(CHAT, 1L), 9);

    assertThat(outcomes.get(1)).isEqualTo(new SendOutcome.Duplicate(outcomes.get(0).message()));
    assertThat(SendBatch.toStore(outcomes)).hasSize(1);
  }

  @Test
  void sealing_without_the_seqs_a_conversation_needs_is_refused() {
    SendBatch batch = SendBatch.of(List.of(draft(CHAT, "a")), Map.of());

    assertThatIllegalArgumentException().isThrownBy(() -> batch.seal(Map.of(), 1));
  }

  private static MessageDraft announcing(String msgId, Amendment amendment) {
    return new MessageDraft(
        CHAT,
        MsgId.of(msgId),
        ALICE,
        MsgType.SYSTEM,
        MessageContent.of("{\"event\":\"message_updated\",\"target_seq\":1}"),
        java.util.Optional.empty(),
        java.util.Set.of(),
        java.util.Optional.of(amendment));
  }

  @Test
  void a_change_to_a_message_recalled_meanwhile_is_moot_and_takes_no_seq() {
    Message target = draft(CHAT, "t1").sequenced(1, 100);
    Amendment.Target first = Amendment.Target.of(target);
    MessageDraft edit =
        announcing("e1", new Amendment.Edit(first, MessageContent.of("better"), 200));
    MessageDraft recall = announcing("r1", new Amendment.Recall(first));
    MessageDraft recallAgain = announcing("r2", new Amendment.Recall(first));
    MessageDraft editLate =
        announcing("e2", new Amendment.Edit(first, MessageContent.of("x"), 300));

    SendBatch batch =
        SendBatch.of(
            List.of(edit, recall, recallAgain, editLate),
            java.util.Map.of(),
            java.util.Map.of(first, target));
    List<SendOutcome> outcomes = batch.seal(java.util.Map.of(CHAT, 2L), 400);

    assertThat(batch.seqsNeeded()).isEqualTo(java.util.Map.of(CHAT, 2));
    assertThat(outcomes.get(0)).isInstanceOf(SendOutcome.Stored.class);
    assertThat(outcomes.get(1)).isInstanceOf(SendOutcome.Stored.class);
    assertThat(outcomes.get(2)).isInstanceOf(SendOutcome.Moot.class);
    assertThat(outcomes.get(2).message().recalled()).isTrue();
    assertThat(outcomes.get(3)).isInstanceOf(SendOutcome.Moot.class);
    assertThat(SendBatch.amendments(outcomes))
        .containsExactly(edit.amends().get(), recall.amends().get());
    assertThat(SendBatch.toStore(outcomes)).extracting(Message::seq).containsExactly(2L, 3L);
  }

  @Test
  void a_change_stored_before_answers_as_a_duplicate_whatever_its_target_is_now() {
    Message target = draft(CHAT, "t1").sequenced(1, 100).asRecalled();
    MessageDraft recall = announcing("r1", new Amendment.Recall(Amendment.Target.of(target)));
    Message storedBefore = recall.sequenced(2, 150);

    List<SendOutcome> outcomes =
        SendBatch.of(
                List.of(recall),
                java.util.Map.of(recall.key(), storedBefore),
                java.util.Map.of(Amendment.Target.of(target), target))
            .seal(java.util.Map.of(), 400);

    assertThat(outcomes).containsExactly(new SendOutcome.Duplicate(storedBefore));
  }
}
