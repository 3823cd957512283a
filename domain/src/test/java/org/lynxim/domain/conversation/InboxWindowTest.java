package org.lynxim.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.lynxim.domain.user.UserId;

class InboxWindowTest {
  private final UserId bob = UserId.of("bob");

  private List<InboxEntry> entries(long from, long to) {
    return LongStream.rangeClosed(from, to)
        .mapToObj(
            n ->
                new InboxEntry(
                    bob,
                    n,
                    new Message(
                        ConversationId.parse("dm:alice:bob"),
                        n,
                        MsgId.of("m" + n),
                        UserId.of("alice"),
                        MsgType.TEXT,
                        MessageContent.of("x"),
                        n)))
        .toList();
  }

  @Test
  void a_cursor_within_the_window_pages_on_from_it() {
    InboxWindow window = new InboxWindow(5, 20);

    SyncPage page = window.page(4, entries(5, 8), 3);

    assertThat(page.reset()).isFalse();
    assertThat(page.entries()).extracting(InboxEntry::inboxSeq).containsExactly(5L, 6L, 7L);
    assertThat(page.nextCursor()).isEqualTo(7);
    assertThat(page.hasMore()).isTrue();
  }

  @Test
  void a_cursor_older_than_what_is_kept_or_beyond_the_head_is_a_reset_to_the_head() {
    InboxWindow window = new InboxWindow(5, 20);

    assertThat(window.page(3, List.of(), 10)).isEqualTo(new SyncPage(List.of(), 20, false, true));
    assertThat(window.page(21, List.of(), 10)).isEqualTo(new SyncPage(List.of(), 20, false, true));
    assertThat(window.page(20, List.of(), 10)).isEqualTo(new SyncPage(List.of(), 20, false, false));
  }

  @Test
  void an_empty_inbox_answers_cursor_0_with_nothing_and_no_reset() {
    assertThat(InboxWindow.empty().page(0, List.of(), 10))
        .isEqualTo(new SyncPage(List.of(), 0, false, false));
    assertThatIllegalArgumentException().isThrownBy(() -> new InboxWindow(5, 2));
  }

  @Test
  void entries_that_do_not_follow_the_cursor_were_dropped_while_reading_and_are_a_reset() {
    InboxWindow window = new InboxWindow(5, 20);

    assertThat(window.page(6, entries(9, 12), 10))
        .isEqualTo(new SyncPage(List.of(), 20, false, true));
  }

  @Test
  void an_inbox_made_anew_numbers_after_its_origin_and_resets_cursors_from_before() {
    InboxWindow remade = new InboxWindow(1_000_000, 1_000_001, 1_000_003);

    assertThat(remade.page(0, entries(1_000_001, 1_000_003), 10).entries()).hasSize(3);
    assertThat(remade.page(57, List.of(), 10).reset()).isTrue();
    assertThat(remade.page(1_000_001, entries(1_000_002, 1_000_003), 10).nextCursor())
        .isEqualTo(1_000_003);
  }

  @Test
  void cursor_0_resets_once_the_oldest_entries_are_dropped() {
    assertThat(new InboxWindow(1, 4).page(0, entries(1, 4), 10).reset()).isFalse();
    assertThat(new InboxWindow(3, 4).page(0, List.of(), 10).reset()).isTrue();
  }
}
