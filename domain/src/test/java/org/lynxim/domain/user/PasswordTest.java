package org.lynxim.domain.user;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PasswordTest {

  @Test
  void a_password_with_a_surrogate_without_its_pair_is_refused() {
    // bcrypt would hash it as '?' and so let other passwords in.
    assertThatIllegalArgumentException().isThrownBy(() -> new Password("secret-\uD800-secret"));
  }
}
