package org.lynxim.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConversationListPageTest {

  private static ConversationSummary summary(String group, long activity) {
    return new ConversationSummary(
        ConversationId.parse("grp:" + group),
        0,
        new ReadPosition(0),
        Optional.empty(),
        activity,
        Diffusion.INBOX,
        Optional.empty(),
        ConversationSettings.NONE,
        0,
        false);
  }

  private static ConversationSummary pinned(String group, long activity, long pinnedAt) {
    ConversationSettings pin =
        ConversationSettings.NONE.apply(
            new ConversationSettingsChange(Optional.of(true), Optional.empty(), Optional.empty()),
            Instant.ofEpochMilli(pinnedAt));
    return summary(group, activity).withSettings(pin);
  }

  @Test
  void pages_follow_one_another_newest_first_ties_by_id_and_the_last_has_no_next() {
    List<ConversationSummary> all =
        List.of(summary("a", 5), summary("b", 9), summary("c", 5), summary("d", 1));

    ConversationListPage first = ConversationListPage.of(all, Optional.empty(), 2);
    ConversationListPage second = ConversationListPage.of(all, first.next(), 2);

    assertThat(first.conversations())
        .extracting(s -> s.conversationId().value())
        .containsExactly("grp:b", "grp:a");
    assertThat(second.conversations())
        .extracting(s -> s.conversationId().value())
        .containsExactly("grp:c", "grp:d");
    assertThat(second.next()).isEmpty();
  }

  @Test
  void pinned_conversations_come_first_the_latest_pinned_first_and_pages_go_on_past_them() {
    List<ConversationSummary> all =
        List.of(summary("a", 50), pinned("b", 1, 100), pinned("c", 2, 200), summary("d", 60));

    ConversationListPage first = ConversationListPage.of(all, Optional.empty(), 1);
    ConversationListPage second = ConversationListPage.of(all, first.next(), 2);
    ConversationListPage third = ConversationListPage.of(all, second.next(), 2);

    assertThat(first.conversations())
        .extracting(s -> s.conversationId().value())
        .containsExactly("grp:c");
    assertThat(second.conversations())
        .extracting(s -> s.conversationId().value())
        .containsExactly("grp:b", "grp:d");
    assertThat(third.conversations())
        .extracting(s -> s.conversationId().value())
        .containsExactly("grp:a");
  }

  @Test
  void a_pin_keeps_its_first_time_any_change_shows_a_cleared_conversation_again() {
    Instant t1 = Instant.ofEpochMilli(1_000);
    Instant t2 = Instant.ofEpochMilli(2_000);
    ConversationSettingsChange pin =
        new ConversationSettingsChange(Optional.of(true), Optional.empty(), Optional.empty());
    ConversationSettings pinnedOnce = ConversationSettings.NONE.apply(pin, t1);
    ConversationSettings cleared = pinnedOnce.apply(pin, t2).clearedUpTo(7, t2);

    assertThat(cleared.pinnedAt()).contains(t1);
    assertThat(cleared.hides(7)).isTrue();
    assertThat(cleared.hides(8)).as("a newer message").isFalse();
    assertThat(cleared.listedWithoutMessages()).isFalse();
    ConversationSettings muted =
        cleared.apply(
            new ConversationSettingsChange(Optional.empty(), Optional.of(true), Optional.empty()),
            t2);
    assertThat(muted.hides(7)).as("a settings change").isFalse();
    assertThat(muted.clearedSeq()).isEqualTo(7);
    assertThat(muted.clearedUpTo(3, t2).clearedSeq()).as("never backwards").isEqualTo(7);
  }

  @Test
  void unread_leaves_out_the_system_messages_after_the_read_position() {
    ConversationSummary behind =
        new ConversationSummary(
            ConversationId.parse("grp:g"),
            10,
            new ReadPosition(4),
            Optional.empty(),
            1,
            Diffusion.INBOX,
            Optional.empty(),
            ConversationSettings.NONE,
            0,
            false);

    assertThat(behind.unread()).isEqualTo(6);
    assertThat(behind.withUnreadSystemMessages(2).unread()).isEqualTo(4);
    assertThat(behind.withUnreadSystemMessages(6).unread()).isZero();
    assertThat(behind.withUnreadSystemMessages(6).isBehind()).isTrue();
  }

  @Test
  void a_draft_holds_at_most_4096_bytes() {
    assertThat(new Draft("").text()).isEmpty();
    assertThat(new Draft("\u00e9".repeat(2048)).text()).hasSize(2048);
    assertThatIllegalArgumentException().isThrownBy(() -> new Draft("\u00e9".repeat(2049)));
  }

  @Test
  void a_page_that_holds_everything_left_has_no_next() {
    List<ConversationSummary> all = new ArrayList<>(List.of(summary("a", 1), summary("b", 2)));

    assertThat(ConversationListPage.of(all, Optional.empty(), 2).next()).isEmpty();
    assertThat(ConversationListPage.of(all, Optional.empty(), 1).next()).isPresent();
  }

  @Test
  void the_limit_is_1_to_1000() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ConversationListPage.of(List.of(), Optional.empty(), 0));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ConversationListPage.of(List.of(), Optional.empty(), 1001));
  }
}
