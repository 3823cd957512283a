package org.lynxim.domain.favorite;

import java.util.LinkedHashSet;
import java.util.List;
import org.lynxim.domain.Validation;

/** A favorite's tags: at most {@value #MAX_TAGS}, each 1 to 32 characters, each once. */
public record Tags(List<String> values) {
  public static final int MAX_TAGS = 10;
  public static final int MAX_LENGTH = 32;

  public Tags {
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    for (String tag : values) {
      distinct.add(Validation.requireLength(tag, 1, MAX_LENGTH, "tag"));
    }
    if (distinct.size() > MAX_TAGS) {
      throw new IllegalArgumentException("at most " + MAX_TAGS + " tags");
    }
    values = List.copyOf(distinct);
  }

  public static final Tags NONE = new Tags(List.of());
}
