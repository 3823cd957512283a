package org.lynxim.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.user.UserId;

class RecallAndEditTest {
  private static final long WINDOW = 120_000;
  private final UserId ann = UserId.of("ann");
  private final UserId bob = UserId.of("bob");
  private final Message sent =
      new Message(
          ConversationId.parse("dm:ann:bob"),
          7,
          MsgId.of("m7"),
          ann,
          MsgType.TEXT,
          MessageContent.of("hello"),
          1_000_000);

  private static RuntimeException refusal(MessageChange change) {
    assertThat(change).isInstanceOf(MessageChange.Refused.class);
    return ((MessageChange.Refused) change).error();
  }

  @Test
  void the_sender_recalls_within_the_window_and_the_message_reads_as_empty() {
    MessageChange change = sent.recall(ann, false, 1_000_000 + WINDOW, WINDOW);

    Message recalled = ((MessageChange.Changed) change).message();
    assertThat(recalled.recalled()).isTrue();
    assertThat(recalled.content().text()).isEmpty();
    assertThat(recalled.seq()).isEqualTo(7);
    assertThat(recalled.recall(ann, false, 9_999_999, WINDOW))
        .isEqualTo(new MessageChange.Unchanged(recalled));
  }

  @Test
  void past_the_window_only_those_the_conversation_lets_may_recall() {
    assertThat(refusal(sent.recall(ann, false, 1_000_001 + WINDOW, WINDOW)))
        .isInstanceOfSatisfying(
            ForbiddenException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.RECALL_WINDOW_PASSED));
    assertThat(refusal(sent.recall(bob, false, 1_000_000, WINDOW)))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED));
    assertThat(sent.recall(bob, true, 9_999_999, WINDOW)).isInstanceOf(MessageChange.Changed.class);
  }

  @Test
  void system_messages_cannot_be_recalled() {
    Message system =
        new Message(
            sent.conversationId(),
            8,
            MsgId.of("s8"),
            ann,
            MsgType.SYSTEM,
            MessageContent.of("{}"),
            1);

    assertThat(refusal(system.recall(ann, true, 1, WINDOW)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_sender_edits_a_text_message_not_recalled_within_the_window() {
    MessageChange edited = sent.edit(ann, MessageContent.of("hello again"), 1_000_500, WINDOW);

    Message after = ((MessageChange.Changed) edited).message();
    assertThat(after.content().text()).isEqualTo("hello again");
    assertThat(after.editedAt()).contains(1_000_500L);
    assertThat(refusal(sent.edit(bob, MessageContent.of("x"), 1_000_500, WINDOW)))
        .isInstanceOf(ForbiddenException.class);
    assertThat(refusal(sent.edit(ann, MessageContent.of("x"), 1_000_001 + WINDOW, WINDOW)))
        .isInstanceOfSatisfying(
            ForbiddenException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.EDIT_WINDOW_PASSED));
    Message recalled =
        ((MessageChange.Changed) sent.recall(ann, false, 1_000_000, WINDOW)).message();
    assertThat(refusal(recalled.edit(ann, MessageContent.of("x"), 1_000_000, WINDOW)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.RECALLED));
    Message image =
        new Message(
            sent.conversationId(),
            9,
            MsgId.of("i9"),
            ann,
            MsgType.IMAGE,
            MessageContent.of("{}"),
            1);
    assertThat(refusal(image.edit(ann, MessageContent.of("x"), 1, WINDOW)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(sent.editedAt()).isEqualTo(Optional.empty());
  }
}
