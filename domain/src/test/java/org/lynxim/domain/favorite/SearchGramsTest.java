package org.lynxim.domain.favorite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchGramsTest {
  @Test
  void trigrams_are_runs_of_three_code_points_once_each() {
    assertThat(SearchGrams.of("zebra")).containsExactly("zeb", "ebr", "bra");
    assertThat(SearchGrams.of("aaaa")).containsExactly("aaa");
    assertThat(SearchGrams.of("🦓ab")).containsExactly("🦓ab");
    assertThat(SearchGrams.of("ab")).isEmpty();
  }

  @Test
  void a_query_has_trigrams_only_when_long_enough_and_folded_like_the_text() {
    assertThat(query("eBr").grams()).contains(java.util.Set.of("ebr"));
    assertThat(query("eb").grams()).isEmpty();
    assertThat(
            new FavoriteQuery(
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 10)
                .grams())
        .isEmpty();
  }

  private static FavoriteQuery query(String text) {
    return new FavoriteQuery(
        Optional.of(text), Optional.empty(), Optional.empty(), Optional.empty(), 10);
  }
}
