package org.lynxim.domain.conversation;

import java.util.regex.Pattern;
import org.lynxim.domain.Validation;

/** The client's id of a message: with the conversation and the sender, the idempotency key. */
public record MsgId(String value) {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public MsgId {
    Validation.requireMatch(value, FORM, "msg_id");
  }

  public static MsgId of(String value) {
    return new MsgId(value);
  }

  /** Whether the text is a msg_id, without making one (an error answer names it only if so). */
  public static boolean isWellFormed(String value) {
    return value != null && FORM.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
