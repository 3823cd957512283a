package org.lynxim.domain.conversation;

import java.util.Objects;
import org.lynxim.domain.Validation;
import org.lynxim.domain.error.ContentTooLargeException;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.InvalidRequestException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.user.UserId;

/**
 * How far an open stream has come: who writes it, the index of its last chunk (0 before the first)
 * and its content's length in UTF-8 bytes. Decides what a chunk does to it: chunks come in order
 * from 1, a repeated one changes nothing (a client may resend after a lost answer), a skipped one
 * is refused, and the content never grows past the stream limit.
 */
public record StreamProgress(UserId sender, long lastIndex, int bytes) {
  public StreamProgress {
    Objects.requireNonNull(sender, "sender");
    if (lastIndex < 0 || bytes < 0) {
      throw new IllegalArgumentException("a stream's index and size are never negative");
    }
  }

  /** A stream just opened with {@code start}. */
  public static StreamProgress opened(UserId sender, MessageContent start) {
    return new StreamProgress(sender, 0, start.bytes());
  }

  /** What a chunk does to the stream. */
  public sealed interface Verdict {
    /** The chunk is new: the stream is now {@code after}. */
    record Append(StreamProgress after) implements Verdict {}

    /** The chunk came before: nothing changes, and it is answered as accepted. */
    record Repeated() implements Verdict {}
  }

  /**
   * The chunk {@code index} with {@code delta} from {@code actor}.
   *
   * @throws ForbiddenException from anyone but the sender
   * @throws InvalidRequestException when the index skips one ({@code chunk_gap})
   * @throws ContentTooLargeException when the content would pass {@code maxBytes}
   */
  public Verdict take(UserId actor, long index, String delta, int maxBytes) {
    if (!actor.equals(sender)) {
      throw new ForbiddenException(Reason.NOT_ALLOWED, "only its sender adds to a stream");
    }
    if (index < 1) {
      throw new IllegalArgumentException("index must be 1 or more");
    }
    if (index <= lastIndex) {
      return new Verdict.Repeated();
    }
    if (index > lastIndex + 1) {
      throw new InvalidRequestException(
          Reason.CHUNK_GAP, "the next chunk of this stream is " + (lastIndex + 1));
    }
    Validation.requireWellFormed(delta, "delta");
    int grown = bytes + MessageContent.utf8Length(delta);
    if (grown > maxBytes) {
      throw new ContentTooLargeException("the stream would pass " + maxBytes + " bytes");
    }
    return new Verdict.Append(new StreamProgress(sender, index, grown));
  }
}
