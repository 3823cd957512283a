package org.lynxim.application.favorite.service;

import java.util.List;
import org.lynxim.application.favorite.port.in.ListFavoriteTagsUseCase;
import org.lynxim.application.favorite.port.out.Favorites;
import org.lynxim.domain.user.UserId;

/** Reads the caller's tags with their counts. */
public final class ListFavoriteTagsService implements ListFavoriteTagsUseCase {
  private final Favorites favorites;

  public ListFavoriteTagsService(Favorites favorites) {
    this.favorites = favorites;
  }

  @Override
  public List<Favorites.TagCount> tags(UserId user) {
    return favorites.tags(user);
  }
}
