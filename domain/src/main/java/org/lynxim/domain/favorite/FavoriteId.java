package org.lynxim.domain.favorite;

import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.lynxim.domain.RandomIds;
import org.lynxim.domain.Validation;

/** A favorite, named by the server when it is saved. */
public record FavoriteId(String value) {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public FavoriteId {
    Validation.requireMatch(value, FORM, "favorite_id");
  }

  public static FavoriteId generate(RandomGenerator random) {
    return new FavoriteId(RandomIds.next(random, 12));
  }
}
