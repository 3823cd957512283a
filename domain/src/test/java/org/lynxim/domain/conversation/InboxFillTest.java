package org.lynxim.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lynxim.domain.user.UserId;

class InboxFillTest {
  private static final ConversationId CHAT = ConversationId.parse("dm:alice:bob");

  private static Message message(long seq) {
    return new Message(
        CHAT,
        seq,
        MsgId.of("m" + seq),
        UserId.of("alice"),
        MsgType.TEXT,
        MessageContent.of("x"),
        1);
  }

  @Test
  void a_fill_brings_only_what_is_past_the_filled_seq_once_and_in_order() {
    InboxFill fill = InboxFill.after(2, List.of(message(4), message(2), message(3), message(4)));

    assertThat(fill.fresh()).extracting(Message::seq).containsExactly(3L, 4L);
    assertThat(fill.newFilledSeq()).isEqualTo(4);
    assertThat(fill.followsOn()).isTrue();
  }

  @Test
  void a_repeated_fill_is_empty_and_keeps_the_filled_seq() {
    InboxFill fill = InboxFill.after(5, List.of(message(4), message(5)));

    assertThat(fill.isEmpty()).isTrue();
    assertThat(fill.newFilledSeq()).isEqualTo(5);
    assertThat(fill.isAfterLostFill(() -> 99)).isFalse();
  }

  @Test
  void a_fill_that_follows_on_never_asks_the_timeline() {
    AtomicInteger asked = new AtomicInteger();
    InboxFill fill = InboxFill.after(0, List.of(message(1), message(2)));

    assertThat(fill.isAfterLostFill(asked::incrementAndGet)).isFalse();
    assertThat(asked).hasValue(0);
  }

  @Test
  void skipped_seqs_are_a_lost_fill_only_when_the_timeline_holds_messages_there() {
    InboxFill fill = InboxFill.after(1, List.of(message(4)));

    assertThat(fill.followsOn()).isFalse();
    assertThat(fill.isAfterLostFill(() -> 1)).as("seqs 2 and 3 never stored").isFalse();
    assertThat(fill.isAfterLostFill(() -> 2)).as("seq 2 or 3 stored, never filled").isTrue();
  }
}
