package org.lynxim.domain.call;

import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.lynxim.domain.RandomIds;
import org.lynxim.domain.Validation;

/** A call, named by the server at the invite. */
public record CallId(String value) {
  public static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,48}");

  public CallId {
    Validation.requireMatch(value, FORM, "call_id");
  }

  /** 128 random bits: a call's id is not guessable. */
  public static CallId generate(RandomGenerator random) {
    return new CallId(RandomIds.next(random, 16));
  }
}
