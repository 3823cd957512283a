package org.lynxim.application.messaging.port.out;

import org.lynxim.domain.conversation.ConversationId;

/**
 * Hands out each conversation's seqs: every call answers numbers larger than any answered before
 * for that conversation and than any stored seq, also after a restart or the loss of a cache.
 * Callers are the conversation's one writer ({@link SendPipeline}), so seqs are stored in the order
 * they are taken.
 */
public interface SeqAllocator {

  /** Reserves {@code count} consecutive seqs (one round trip) and answers the first of them. */
  long reserve(ConversationId conversation, int count);

  default long next(ConversationId conversation) {
    return reserve(conversation, 1);
  }
}
