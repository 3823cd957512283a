package org.lynxim.domain.conversation;

import java.util.Comparator;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The continuity rule of inbox fills, the same for every inbox store. Each conversation's messages
 * are filled in seq order, and the store remembers how far (the filled seq). A fill brings only
 * what is past the filled seq (a repeated fill adds nothing), and it is <em>after a lost fill</em>
 * when the timeline holds messages between the filled seq and its last message that it does not
 * bring: then a sync from before must answer reset rather than miss them. Seqs that were reserved
 * but never stored (a batch that failed after taking them) are no such gap.
 *
 * @param filledSeq the conversation's filled seq before this fill
 * @param fresh the messages past it, ascending by seq, each once
 */
public record InboxFill(long filledSeq, List<Message> fresh) {

  public InboxFill {
    if (filledSeq < 0) {
      throw new IllegalArgumentException("filledSeq must be >= 0");
    }
    fresh = List.copyOf(fresh);
  }

  /** The messages (in any order, repeats allowed) that a fill after {@code filledSeq} brings. */
  public static InboxFill after(long filledSeq, List<Message> messages) {
    return new InboxFill(
        filledSeq,
        messages.stream()
            .filter(message -> message.seq() > filledSeq)
            .distinct()
            .sorted(Comparator.comparingLong(Message::seq))
            .toList());
  }

  /** Nothing new: the fill changes nothing. */
  public boolean isEmpty() {
    return fresh.isEmpty();
  }

  /** The conversation's filled seq after this fill. */
  public long newFilledSeq() {
    return isEmpty() ? filledSeq : fresh.getLast().seq();
  }

  /** Whether the seqs go on from the filled seq one by one, skipping none. */
  public boolean followsOn() {
    long expected = filledSeq + 1;
    for (Message message : fresh) {
      if (message.seq() != expected++) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a fill was lost before this one.
   *
   * @param storedInRange how many messages the timeline holds with a seq above the filled seq and
   *     up to {@link #newFilledSeq()}; asked only when the seqs skip some, and counting up to
   *     {@code fresh().size() + 1} is enough
   */
  public boolean isAfterLostFill(LongSupplier storedInRange) {
    return !isEmpty() && !followsOn() && storedInRange.getAsLong() > fresh.size();
  }
}
