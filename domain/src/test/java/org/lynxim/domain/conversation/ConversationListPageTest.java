package org.lynxim.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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
        Optional.empty());
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
