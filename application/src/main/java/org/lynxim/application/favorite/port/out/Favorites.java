package org.lynxim.application.favorite.port.out;

import java.util.List;
import java.util.Optional;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.favorite.Favorite;
import org.lynxim.domain.favorite.FavoriteId;
import org.lynxim.domain.favorite.FavoriteQuery;
import org.lynxim.domain.user.UserId;

/** Each user's favorites; durable. Each method is one transaction. */
public interface Favorites {

  /**
   * Stores a new favorite; a message the owner saved before is kept as it was and answered, not
   * new.
   */
  Saving save(Favorite favorite);

  /** The result of {@link #save}. */
  record Saving(Favorite favorite, boolean isNew) {}

  Optional<Favorite> find(UserId owner, FavoriteId id);

  /** Stores the favorite's changed tags, note, title and content. */
  void update(Favorite favorite);

  /** False when the owner has no such favorite. */
  boolean delete(UserId owner, FavoriteId id);

  /**
   * One page of the owner's favorites the query asks for, newest first, and whether more follow.
   */
  Page page(UserId owner, FavoriteQuery query);

  /** The result of {@link #page}. */
  record Page(List<Favorite> favorites, boolean hasMore) {}

  /** The owner's tags with how many favorites carry each, by tag. */
  List<TagCount> tags(UserId owner);

  /** A tag and its count. */
  record TagCount(String tag, long count) {}

  /** Every user's snapshot of the message reads as recalled from now on. */
  void messageRecalled(ConversationId conversation, long seq);
}
