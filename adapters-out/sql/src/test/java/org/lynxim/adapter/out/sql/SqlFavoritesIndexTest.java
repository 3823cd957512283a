package org.lynxim.adapter.out.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lynxim.domain.favorite.Favorite;
import org.lynxim.domain.favorite.FavoriteId;
import org.lynxim.domain.favorite.FavoriteQuery;
import org.lynxim.domain.favorite.Tags;
import org.lynxim.domain.user.UserId;

/** Favorites saved before the trigram index existed are indexed at start and found after. */
class SqlFavoritesIndexTest {
  static List<SqlDatabase> databases() {
    return List.of(TestDatabases.h2(), TestDatabases.mariadb(), TestDatabases.postgresql());
  }

  @ParameterizedTest(autoCloseArguments = false) // the databases are shared by the whole run
  @MethodSource("databases")
  void favorites_saved_before_the_index_are_indexed_once_and_then_found(SqlDatabase database) {
    SqlFavorites favorites = database.favorites();
    String run = UUID.randomUUID().toString().substring(0, 8);
    UserId owner = UserId.of("old" + run);
    Favorite old =
        Favorite.ofNote(
            new FavoriteId("old" + run),
            owner,
            Optional.of("saved long ago"),
            Optional.of("a quokka smiles"),
            new Tags(List.of()),
            Instant.ofEpochMilli(1_000));
    favorites.save(old);
    // As the rows of a database migrated from before V15: no trigrams, not marked.
    database
        .dbClient()
        .execute()
        .dml("DELETE FROM favorite_grams WHERE favorite_id = ?", old.id().value());
    database
        .dbClient()
        .execute()
        .dml("UPDATE favorites SET grams_indexed = FALSE WHERE favorite_id = ?", old.id().value());
    FavoriteQuery quokka =
        new FavoriteQuery(
            Optional.of("OKKA"), Optional.empty(), Optional.empty(), Optional.empty(), 10);
    assertThat(favorites.page(owner, quokka).favorites()).isEmpty();

    favorites.indexUnindexed();

    assertThat(favorites.page(owner, quokka).favorites())
        .extracting(Favorite::id)
        .containsExactly(old.id());
  }
}
