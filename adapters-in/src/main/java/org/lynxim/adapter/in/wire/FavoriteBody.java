package org.lynxim.adapter.in.wire;

import java.util.List;
import java.util.Optional;
import org.lynxim.application.favorite.port.out.Favorites;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.favorite.Favorite;
import org.lynxim.domain.favorite.FavoriteId;
import org.lynxim.domain.favorite.FavoriteQuery;

/**
 * A favorite: {@code conversation_id}, {@code seq} and {@code message} (a snapshot) for a saved
 * message, {@code title} and {@code content} for a note; what does not apply is null.
 */
public record FavoriteBody(
    String favoriteId,
    String kind,
    String conversationId,
    Long seq,
    MessageBody message,
    String title,
    String content,
    String note,
    List<String> tags,
    long createdAt) {

  public static FavoriteBody from(Favorite favorite) {
    Optional<Message> message = favorite.message();
    return new FavoriteBody(
        favorite.id().value(),
        favorite.kind().wireName(),
        message.map(m -> m.conversationId().value()).orElse(null),
        message.map(Message::seq).orElse(null),
        message.map(MessageBody::from).orElse(null),
        favorite.title().orElse(null),
        favorite.content().orElse(null),
        favorite.note().orElse(null),
        favorite.tags().values(),
        favorite.createdAt().toEpochMilli());
  }

  /** {@code GET /api/v1/favorites}: a page, newest first. */
  public record Page(List<FavoriteBody> favorites, String nextCursor, boolean hasMore) {
    public static Page from(Favorites.Page page) {
      String next = page.hasMore() ? encode(page.favorites().getLast()) : null;
      return new Page(
          page.favorites().stream().map(FavoriteBody::from).toList(), next, page.hasMore());
    }
  }

  /** {@code GET /api/v1/favorites/tags}. */
  public record TagCounts(List<TagCount> tags) {
    public record TagCount(String tag, long count) {}

    public static TagCounts from(List<Favorites.TagCount> counts) {
      return new TagCounts(
          counts.stream().map(count -> new TagCount(count.tag(), count.count())).toList());
    }
  }

  private static String encode(Favorite last) {
    return TimeCursors.encode(last.createdAt(), last.id().value());
  }

  /** A cursor from a page's {@code next_cursor}; anything else is the client's mistake (400). */
  public static FavoriteQuery.Cursor decodeCursor(String cursor) {
    TimeCursors.Position position = TimeCursors.decode(cursor);
    try {
      return new FavoriteQuery.Cursor(position.time(), new FavoriteId(position.id()));
    } catch (IllegalArgumentException notOurs) {
      throw new IllegalArgumentException("cursor is not one this server gave");
    }
  }
}
