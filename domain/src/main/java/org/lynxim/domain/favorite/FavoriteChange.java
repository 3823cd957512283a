package org.lynxim.domain.favorite;

import java.util.Objects;
import java.util.Optional;

/**
 * A change to a favorite; what is empty stays, a value holding empty clears it. A saved message
 * takes no title or content (the favorite refuses them).
 */
public record FavoriteChange(
    Optional<Tags> tags,
    Optional<Optional<String>> note,
    Optional<Optional<String>> title,
    Optional<Optional<String>> content) {
  public FavoriteChange {
    Objects.requireNonNull(tags, "tags");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(content, "content");
  }
}
