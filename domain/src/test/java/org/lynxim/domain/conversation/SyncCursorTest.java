package org.lynxim.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SyncCursorTest {

  @Test
  void missing_values_take_cursor_0_and_limit_200() {
    assertThat(SyncCursor.of(null, null)).isEqualTo(new SyncCursor(0, 200));
  }

  @Test
  void the_limit_is_1_to_500_and_the_cursor_never_negative() {
    assertThat(SyncCursor.of(7L, 500L)).isEqualTo(new SyncCursor(7, 500));
    assertThatIllegalArgumentException().isThrownBy(() -> SyncCursor.of(0L, 501L));
    assertThatIllegalArgumentException().isThrownBy(() -> SyncCursor.of(0L, 0L));
    assertThatIllegalArgumentException().isThrownBy(() -> SyncCursor.of(-1L, 10L));
  }
}
