package org.lynxim.application.favorite.port.in;

import java.util.Optional;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.favorite.Favorite;
import org.lynxim.domain.favorite.Tags;
import org.lynxim.domain.user.UserId;

/**
 * Saves a message the caller can see (a snapshot, with a note), or a note of the caller's own;
 * saving a message again answers the favorite made before. The caller's devices are told (notice
 * {@code favorites_changed}).
 */
public interface SaveFavoriteUseCase {
  Saved saveMessage(
      UserId user, ConversationId conversation, long seq, Optional<String> note, Tags tags);

  Saved saveNote(UserId user, Optional<String> title, Optional<String> content, Tags tags);

  /** The favorite, and whether this call made it. */
  record Saved(Favorite favorite, boolean isNew) {}
}
