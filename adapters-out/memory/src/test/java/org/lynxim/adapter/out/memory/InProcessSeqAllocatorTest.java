package org.lynxim.adapter.out.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.lynxim.application.contract.SeqAllocatorContract;
import org.lynxim.application.messaging.port.out.SeqAllocator;
import org.lynxim.domain.conversation.ConversationId;

class InProcessSeqAllocatorTest extends SeqAllocatorContract {
  @Override
  protected SeqAllocator newAllocator(ToLongFunction<ConversationId> storedLastSeq) {
    return new InProcessSeqAllocator(storedLastSeq, 100);
  }

  private final ConversationId one = ConversationId.parse("grp:one");
  private final ConversationId two = ConversationId.parse("grp:two");

  @Test
  void forgotten_counters_are_seeded_again_from_what_is_stored() {
    Map<ConversationId, Long> stored = new HashMap<>();
    var seqs = new InProcessSeqAllocator(c -> stored.getOrDefault(c, 0L), 1);
    stored.put(one, seqs.next(one));
    stored.put(one, seqs.next(one));
    seqs.next(two); // forgets every counter: at most one is kept

    assertThat(seqs.next(one)).isEqualTo(3);
  }
}
