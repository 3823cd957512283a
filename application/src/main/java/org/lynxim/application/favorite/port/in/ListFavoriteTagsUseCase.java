package org.lynxim.application.favorite.port.in;

import java.util.List;
import org.lynxim.application.favorite.port.out.Favorites;
import org.lynxim.domain.user.UserId;

/** The caller's tags with their counts, by tag. */
public interface ListFavoriteTagsUseCase {
  List<Favorites.TagCount> tags(UserId user);
}
