package org.lynxim.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiffusionTest {
  private final ConversationId group = ConversationId.parse("grp:g1");

  @Test
  void a_group_is_in_the_inbox_up_to_the_threshold_and_read_from_its_timeline_above_it() {
    assertThat(Diffusion.of(group, 500, 500)).isEqualTo(Diffusion.INBOX);
    assertThat(Diffusion.of(group, 501, 500)).isEqualTo(Diffusion.TIMELINE);
    assertThat(Diffusion.TIMELINE.wireName()).isEqualTo("timeline");
  }

  @Test
  void a_direct_chat_is_always_in_the_inbox() {
    assertThat(Diffusion.of(ConversationId.parse("dm:alice:bob"), 2, 0)).isEqualTo(Diffusion.INBOX);
  }
}
