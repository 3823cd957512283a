package org.lynxim.domain.file;

import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.lynxim.domain.RandomIds;
import org.lynxim.domain.Validation;

/** An uploaded file, named by the server at upload. */
public record FileId(String value) {
  public static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public FileId {
    Validation.requireMatch(value, FORM, "file_id");
  }

  /** 128 random bits: ids are not guessable, though reading a file needs more than its id. */
  public static FileId generate(RandomGenerator random) {
    return new FileId(RandomIds.next(random, 16));
  }
}
