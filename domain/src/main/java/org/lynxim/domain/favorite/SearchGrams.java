package org.lynxim.domain.favorite;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The trigrams a favorite's text is found by: every run of three code points of the folded text. A
 * query of three code points or more can only match a favorite holding all of the query's own
 * trigrams, so an index of them narrows a search to a few candidates, whatever the substring,
 * inside words too; the candidates are then checked whole. (An index of words would miss "eBr" in
 * "zebra".)
 */
public final class SearchGrams {
  public static final int LENGTH = 3;

  private SearchGrams() {}

  /** The distinct trigrams of already folded text, in order of first appearance. */
  public static Set<String> of(String folded) {
    int[] points = folded.codePoints().toArray();
    Set<String> grams = new LinkedHashSet<>();
    for (int start = 0; start + LENGTH <= points.length; start++) {
      grams.add(new String(points, start, LENGTH));
    }
    return grams;
  }
}
