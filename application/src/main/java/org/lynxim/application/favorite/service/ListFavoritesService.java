package org.lynxim.application.favorite.service;

import org.lynxim.application.favorite.port.in.ListFavoritesUseCase;
import org.lynxim.application.favorite.port.out.Favorites;
import org.lynxim.domain.favorite.FavoriteQuery;
import org.lynxim.domain.user.UserId;

/** Reads a page of the caller's favorites. */
public final class ListFavoritesService implements ListFavoritesUseCase {
  private final Favorites favorites;

  public ListFavoritesService(Favorites favorites) {
    this.favorites = favorites;
  }

  @Override
  public Favorites.Page favorites(UserId user, FavoriteQuery query) {
    return favorites.page(user, query);
  }
}
