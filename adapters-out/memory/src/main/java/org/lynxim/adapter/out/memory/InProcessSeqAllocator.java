package org.lynxim.adapter.out.memory;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import org.lynxim.application.messaging.port.out.SeqAllocator;
import org.lynxim.domain.conversation.ConversationId;

/**
 * Seqs counted in this process, each conversation's counter seeded from the highest stored seq the
 * first time it is needed, so a restart never reuses a seq. Each conversation has one writer, which
 * reserves a batch's seqs in one call and stores them before its next call (see {@link
 * SeqAllocator}): that is what makes forgetting all counters safe, since a counter seeded again
 * starts above everything stored.
 */
public final class InProcessSeqAllocator implements SeqAllocator {
  private final ToLongFunction<ConversationId> storedLastSeq;
  private final int maxCounters;
  private final ConcurrentHashMap<ConversationId, AtomicLong> counters = new ConcurrentHashMap<>();

  /**
   * @param storedLastSeq the highest stored seq of a conversation (0 for none)
   * @param maxCounters how many conversations' counters to keep before forgetting them all
   */
  public InProcessSeqAllocator(ToLongFunction<ConversationId> storedLastSeq, int maxCounters) {
    this.storedLastSeq = storedLastSeq;
    this.maxCounters = maxCounters;
  }

  @Override
  public long reserve(ConversationId conversation, int count) {
    AtomicLong counter = counters.get(conversation);
    if (counter == null) {
      if (counters.size() >= maxCounters) {
        counters.clear();
      }
      counter =
          counters.computeIfAbsent(conversation, c -> new AtomicLong(storedLastSeq.applyAsLong(c)));
    }
    return counter.addAndGet(count) - count + 1;
  }
}
