package org.lynxim.application.favorite.port.in;

import org.lynxim.domain.favorite.Favorite;
import org.lynxim.domain.favorite.FavoriteChange;
import org.lynxim.domain.favorite.FavoriteId;
import org.lynxim.domain.user.UserId;

/**
 * Changes one of the caller's favorites, or deletes it; the caller's devices are told.
 *
 * @throws org.lynxim.domain.error.NotFoundException not one of the caller's
 */
public interface ChangeFavoriteUseCase {
  Favorite change(UserId user, FavoriteId id, FavoriteChange change);

  void delete(UserId user, FavoriteId id);
}
