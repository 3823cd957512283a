package org.lynxim.domain.favorite;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which of a user's favorites to list, newest first: those whose text holds {@code text} (any
 * case), with the tag, of the kind; after the cursor, at most {@code limit} (1 to 200).
 */
public record FavoriteQuery(
    Optional<String> text,
    Optional<String> tag,
    Optional<FavoriteKind> kind,
    Optional<Cursor> after,
    int limit) {

  public static final int MAX_LIMIT = 200;
  public static final int DEFAULT_LIMIT = 50;

  public FavoriteQuery {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(after, "after");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
    }
    text = text.filter(q -> !q.isEmpty()).map(Favorite::folded);
  }

  /** Where a page ended: the last favorite's time and id. */
  public record Cursor(Instant createdAt, FavoriteId id) {}

  /** Whether the favorite comes after the cursor, newest first (ties by id, descending). */
  public boolean isAfterCursor(Favorite favorite) {
    if (after.isEmpty()) {
      return true;
    }
    Cursor cursor = after.get();
    int byTime = favorite.createdAt().compareTo(cursor.createdAt());
    return byTime < 0 || (byTime == 0 && favorite.id().value().compareTo(cursor.id().value()) < 0);
  }

  /**
   * The trigrams every favorite this query finds holds: present when the text is long enough to
   * have any (shorter queries are checked against every favorite of the owner).
   */
  public Optional<Set<String>> grams() {
    return text.map(SearchGrams::of).filter(grams -> !grams.isEmpty());
  }

  /** Whether the favorite is one this query asks for (the cursor aside). */
  public boolean matches(Favorite favorite) {
    return text.map(q -> favorite.searchText().contains(q)).orElse(true)
        && tag.map(t -> favorite.tags().values().contains(t)).orElse(true)
        && kind.map(k -> favorite.kind() == k).orElse(true);
  }
}
