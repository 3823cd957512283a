package org.lynxim.adapter.out.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lynxim.domain.user.UserId;

class InProcessGroupChangeAllowanceTest {

  @Test
  void a_user_has_a_burst_of_changes_and_others_their_own() {
    InProcessGroupChangeAllowance allowance = new InProcessGroupChangeAllowance(1, 3);
    UserId alice = UserId.of("alice");

    for (int i = 0; i < 3; i++) {
      assertThat(allowance.tryTake(alice)).isTrue();
    }
    assertThat(allowance.tryTake(alice)).isFalse();
    assertThat(allowance.tryTake(UserId.of("bob"))).isTrue();
  }
}
