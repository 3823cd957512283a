package org.lynxim.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.lynxim.domain.user.UserId;

class PageTest {

  private static List<Message> messages(long from, long to) {
    return LongStream.rangeClosed(from, to)
        .mapToObj(
            seq ->
                new Message(
                    ConversationId.parse("dm:alice:bob"),
                    seq,
                    MsgId.of("m" + seq),
                    UserId.of("alice"),
                    MsgType.TEXT,
                    MessageContent.of("hi"),
                    1000 + seq))
        .toList();
  }

  @Test
  void a_full_page_with_one_more_read_ahead_has_more() {
    Page page = Page.of(messages(11, 14), new PullCursor(10, 3), 3);

    assertThat(page.messages()).extracting(Message::seq).containsExactly(11L, 12L, 13L);
    assertThat(page.nextCursorSeq()).isEqualTo(13);
    assertThat(page.hasMore()).isTrue();
  }

  @Test
  void the_last_page_has_no_more() {
    Page page = Page.of(messages(11, 12), new PullCursor(10, 3), 3);

    assertThat(page.nextCursorSeq()).isEqualTo(12);
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void an_empty_page_keeps_the_requested_cursor() {
    Page page = Page.of(List.of(), new PullCursor(42, 50), 50);

    assertThat(page.messages()).isEmpty();
    assertThat(page.nextCursorSeq()).isEqualTo(42);
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void cursor_defaults_and_limits() {
    assertThat(PullCursor.of(null, null)).isEqualTo(new PullCursor(0, 50));
    assertThatIllegalArgumentException().isThrownBy(() -> PullCursor.of(-1L, null));
    assertThatIllegalArgumentException().isThrownBy(() -> PullCursor.of(0L, 0L));
    assertThatIllegalArgumentException().isThrownBy(() -> PullCursor.of(0L, 201L));
    assertThat(PullCursor.of(0L, 200L).limit()).isEqualTo(200);
  }

  @Test
  void a_cursor_below_the_floor_is_raised_to_it() {
    assertThat(new PullCursor(3, 50).notBelow(10)).isEqualTo(new PullCursor(10, 50));
    assertThat(new PullCursor(30, 50).notBelow(10)).isEqualTo(new PullCursor(30, 50));
  }

  @Test
  void a_read_position_only_accepts_acks_within_the_conversation() {
    assertThat(ReadPosition.acknowledging(5, 5).lastAckSeq()).isEqualTo(5);
    assertThatIllegalArgumentException().isThrownBy(() -> ReadPosition.acknowledging(6, 5));
    assertThatIllegalArgumentException().isThrownBy(() -> ReadPosition.acknowledging(-1, 5));
    assertThat(new ReadPosition(7).max(new ReadPosition(3)).lastAckSeq()).isEqualTo(7);
    assertThat(new ReadPosition(7).unreadOf(10)).isEqualTo(3);
  }
}
