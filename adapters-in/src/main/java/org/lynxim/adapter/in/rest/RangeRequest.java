package org.lynxim.adapter.in.rest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code Range} header asks of a file of a given size (RFC 9110): the whole file (no header,
 * one we do not understand, or several ranges, which may be answered whole), one range (206), or
 * nothing that exists (416).
 */
sealed interface RangeRequest {
  Pattern ONE_RANGE = Pattern.compile("bytes=\\s*(\\d{0,18})\\s*-\\s*(\\d{0,18})\\s*");

  record Whole() implements RangeRequest {}

  /** Bytes {@code first} to {@code last}, both included. */
  record Part(long first, long last) implements RangeRequest {
    long length() {
      return last - first + 1;
    }
  }

  record Unsatisfiable() implements RangeRequest {}

  static RangeRequest of(String header, long size) {
    if (header == null) {
      return new Whole();
    }
    Matcher range = ONE_RANGE.matcher(header.strip());
    if (!range.matches() || (range.group(1).isEmpty() && range.group(2).isEmpty())) {
      return new Whole();
    }
    if (range.group(1).isEmpty()) {
      long suffix = Long.parseLong(range.group(2));
      return suffix == 0 ? new Unsatisfiable() : new Part(Math.max(0, size - suffix), size - 1);
    }
    long first = Long.parseLong(range.group(1));
    if (first >= size) {
      return new Unsatisfiable();
    }
    long last = range.group(2).isEmpty() ? size - 1 : Long.parseLong(range.group(2));
    if (last < first) {
      return new Whole(); // an invalid range is ignored
    }
    return new Part(first, Math.min(last, size - 1));
  }
}
