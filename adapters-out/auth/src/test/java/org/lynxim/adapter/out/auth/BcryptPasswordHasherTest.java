package org.lynxim.adapter.out.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lynxim.domain.user.Password;

class BcryptPasswordHasherTest {
  private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

  @Test
  void a_hash_matches_its_password_only() {
    String hash = hasher.hash(new Password("correct horse"));

    assertThat(hash).startsWith("$2a$04$").doesNotContain("correct");
    assertThat(hasher.matches(new Password("correct horse"), hash)).isTrue();
    assertThat(hasher.matches(new Password("correct horsE"), hash)).isFalse();
  }

  @Test
  void hashes_are_salted() {
    assertThat(hasher.hash(new Password("same password")))
        .isNotEqualTo(hasher.hash(new Password("same password")));
  }

  @Test
  void every_character_of_a_long_password_counts() {
    String base = "\u00e9".repeat(100);
    String hash = hasher.hash(new Password(base + "a"));

    assertThat(hasher.matches(new Password(base + "a"), hash)).isTrue();
    assertThat(hasher.matches(new Password(base + "b"), hash)).isFalse();
  }
}
