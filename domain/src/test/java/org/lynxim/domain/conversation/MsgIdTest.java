package org.lynxim.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MsgIdTest {

  @Test
  void a_msg_id_is_1_to_64_letters_digits_underscores_or_dashes() {
    assertThat(MsgId.isWellFormed("a")).isTrue();
    assertThat(MsgId.isWellFormed("Ab_9-" + "x".repeat(59))).isTrue();
    assertThat(MsgId.of("m-1_A").value()).isEqualTo("m-1_A");
  }

  @Test
  void anything_else_is_not_one() {
    assertThat(MsgId.isWellFormed(null)).isFalse();
    assertThat(MsgId.isWellFormed("")).isFalse();
    assertThat(MsgId.isWellFormed("x".repeat(65))).isFalse();
    assertThat(MsgId.isWellFormed("a b")).isFalse();
    assertThat(MsgId.isWellFormed("é")).isFalse();
    assertThatThrownBy(() -> MsgId.of("a b")).isInstanceOf(IllegalArgumentException.class);
  }
}
