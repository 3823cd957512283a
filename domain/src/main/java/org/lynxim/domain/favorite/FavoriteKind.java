package org.lynxim.domain.favorite;

/** What a favorite keeps: a message of a conversation, or a note of the user's own. */
public enum FavoriteKind {
  MESSAGE("message"),
  NOTE("note");

  private final String wireName;

  FavoriteKind(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static FavoriteKind of(String value) {
    for (FavoriteKind kind : values()) {
      if (kind.wireName.equals(value)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("kind must be message or note");
  }
}
