package org.lynxim.domain.favorite;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lynxim.domain.Validation;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.user.UserId;

/**
 * Something a user kept: a message (a snapshot of it as it was when saved, with a note), or a note
 * of its own (a title and/or content). Lengths are in characters: title at most {@value
 * #MAX_TITLE}, content and note at most {@value #MAX_TEXT}.
 */
public record Favorite(
    FavoriteId id,
    UserId owner,
    FavoriteKind kind,
    Optional<Message> message,
    Optional<String> title,
    Optional<String> content,
    Optional<String> note,
    Tags tags,
    Instant createdAt) {

  public static final int MAX_TITLE = 128;
  public static final int MAX_TEXT = 4096;

  public Favorite {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(tags, "tags");
    Objects.requireNonNull(createdAt, "createdAt");
    title.ifPresent(text -> Validation.requireLength(text, 0, MAX_TITLE, "title"));
    content.ifPresent(text -> Validation.requireLength(text, 0, MAX_TEXT, "content"));
    note.ifPresent(text -> Validation.requireLength(text, 0, MAX_TEXT, "note"));
    if (kind == FavoriteKind.MESSAGE) {
      if (message.isEmpty()) {
        throw new IllegalArgumentException("a saved message needs the message");
      }
      if (title.isPresent() || content.isPresent()) {
        throw new IllegalArgumentException("a saved message takes no title or content");
      }
    } else {
      if (message.isPresent()) {
        throw new IllegalArgumentException("a note keeps no message");
      }
      if (title.isEmpty() && content.isEmpty()) {
        throw new IllegalArgumentException("a note needs a title or content");
      }
    }
  }

  /** A message saved as it stands now, with an optional note. */
  public static Favorite ofMessage(
      FavoriteId id,
      UserId owner,
      Message snapshot,
      Optional<String> note,
      Tags tags,
      Instant now) {
    return new Favorite(
        id,
        owner,
        FavoriteKind.MESSAGE,
        Optional.of(snapshot),
        Optional.empty(),
        Optional.empty(),
        note,
        tags,
        now);
  }

  /** A note of the user's own. */
  public static Favorite ofNote(
      FavoriteId id,
      UserId owner,
      Optional<String> title,
      Optional<String> content,
      Tags tags,
      Instant now) {
    return new Favorite(
        id,
        owner,
        FavoriteKind.NOTE,
        Optional.empty(),
        title,
        content,
        Optional.empty(),
        tags,
        now);
  }

  /** The favorite after a change; what the change leaves empty stays. */
  public Favorite apply(FavoriteChange change) {
    return new Favorite(
        id,
        owner,
        kind,
        message,
        change.title().orElse(title),
        change.content().orElse(content),
        change.note().orElse(note),
        change.tags().orElse(tags),
        createdAt);
  }

  /** The same favorite whose message was recalled since: its snapshot reads as recalled too. */
  public Favorite withMessage(Message recalled) {
    return new Favorite(
        id, owner, kind, Optional.of(recalled), title, content, note, tags, createdAt);
  }

  /**
   * The text a search looks in, lowercased: title, note, content and the saved message's content. A
   * query matches any substring of it, inside words too.
   */
  public String searchText() {
    return Stream.of(title, note, content, message.map(saved -> saved.content().text()))
        .flatMap(Optional::stream)
        .map(Favorite::folded)
        .collect(Collectors.joining("\n"));
  }

  /** The trigrams of {@link #searchText}, by which an index finds it. */
  public Set<String> searchGrams() {
    return SearchGrams.of(searchText());
  }

  /** How text and queries are compared: case folded the same way on both sides. */
  public static String folded(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
