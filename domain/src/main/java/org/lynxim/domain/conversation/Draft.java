package org.lynxim.domain.conversation;

import java.nio.charset.StandardCharsets;
import org.lynxim.domain.Validation;

/** What a user began writing in a conversation and kept for later; "" is a draft too. */
public record Draft(String text) {
  public static final int MAX_BYTES = 4096;

  public Draft {
    if (text == null) {
      throw new IllegalArgumentException("draft is required");
    }
    Validation.requireWellFormed(text, "draft");
    if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new IllegalArgumentException("draft must be at most " + MAX_BYTES + " bytes");
    }
  }
}
