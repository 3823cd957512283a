package org.lynxim.bootstrap;

import java.security.SecureRandom;
import java.time.Clock;
import org.lynxim.application.favorite.port.in.ChangeFavoriteUseCase;
import org.lynxim.application.favorite.port.in.ListFavoriteTagsUseCase;
import org.lynxim.application.favorite.port.in.ListFavoritesUseCase;
import org.lynxim.application.favorite.port.in.SaveFavoriteUseCase;
import org.lynxim.application.favorite.service.ChangeFavoriteService;
import org.lynxim.application.favorite.service.ListFavoriteTagsService;
import org.lynxim.application.favorite.service.ListFavoritesService;
import org.lynxim.application.favorite.service.SaveFavoriteService;

/** Favorites: saving messages and notes, finding them, changing and deleting them. */
record FavoriteFeature(
    SaveFavoriteUseCase save,
    ListFavoritesUseCase list,
    ListFavoriteTagsUseCase tags,
    ChangeFavoriteUseCase change) {

  static FavoriteFeature wire(
      Stores stores, MessagingFeature messaging, DeliveryFeature delivery, Clock clock) {
    return new FavoriteFeature(
        new SaveFavoriteService(
            messaging.read(),
            stores.favorites(),
            delivery.notifyAccount(),
            clock,
            new SecureRandom()),
        new ListFavoritesService(stores.favorites()),
        new ListFavoriteTagsService(stores.favorites()),
        new ChangeFavoriteService(stores.favorites(), delivery.notifyAccount()));
  }
}
