package org.lynxim.application.favorite.port.in;

import org.lynxim.application.favorite.port.out.Favorites;
import org.lynxim.domain.favorite.FavoriteQuery;
import org.lynxim.domain.user.UserId;

/** The caller's favorites the query asks for, newest first, a page at a time. */
public interface ListFavoritesUseCase {
  Favorites.Page favorites(UserId user, FavoriteQuery query);
}
