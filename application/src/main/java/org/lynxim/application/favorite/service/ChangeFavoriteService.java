package org.lynxim.application.favorite.service;

import org.lynxim.application.delivery.port.in.NotifyAccountUseCase;
import org.lynxim.application.favorite.port.in.ChangeFavoriteUseCase;
import org.lynxim.application.favorite.port.out.Favorites;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.favorite.Favorite;
import org.lynxim.domain.favorite.FavoriteChange;
import org.lynxim.domain.favorite.FavoriteId;
import org.lynxim.domain.notice.AccountNotice;
import org.lynxim.domain.user.UserId;

/** Applies the change (the favorite checks it) or deletes, and tells the caller's devices. */
public final class ChangeFavoriteService implements ChangeFavoriteUseCase {
  private final Favorites favorites;
  private final NotifyAccountUseCase notify;

  public ChangeFavoriteService(Favorites favorites, NotifyAccountUseCase notify) {
    this.favorites = favorites;
    this.notify = notify;
  }

  @Override
  public Favorite change(UserId user, FavoriteId id, FavoriteChange change) {
    Favorite changed =
        favorites
            .find(user, id)
            .orElseThrow(() -> new NotFoundException("no such favorite"))
            .apply(change);
    favorites.update(changed);
    notify.notify(user, new AccountNotice.FavoritesChanged(id));
    return changed;
  }

  @Override
  public void delete(UserId user, FavoriteId id) {
    if (!favorites.delete(user, id)) {
      throw new NotFoundException("no such favorite");
    }
    notify.notify(user, new AccountNotice.FavoritesChanged(id));
  }
}
