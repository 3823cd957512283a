package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lynxim.application.messaging.port.out.SeqAllocator;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.GroupId;

/** What every {@link SeqAllocator} must do. */
public abstract class SeqAllocatorContract {
  private final Map<ConversationId, Long> stored = new HashMap<>();
  private ConversationId one;
  private ConversationId two;

  /**
   * An allocator that learns the highest stored seq of a conversation from {@code storedLastSeq}.
   */
  protected abstract SeqAllocator newAllocator(ToLongFunction<ConversationId> storedLastSeq);

  @BeforeEach
  void setUp() {
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    one = GroupId.of("one" + run).conversation();
    two = GroupId.of("two" + run).conversation();
  }

  @Test
  void seqs_count_up_from_1_per_conversation() {
    SeqAllocator seqs = newAllocator(c -> stored.getOrDefault(c, 0L));

    assertThat(seqs.next(one)).isEqualTo(1);
    assertThat(seqs.next(one)).isEqualTo(2);
    assertThat(seqs.next(two)).isEqualTo(1);
  }

  @Test
  void a_reserved_block_is_consecutive_and_the_next_starts_after_it() {
    SeqAllocator seqs = newAllocator(c -> stored.getOrDefault(c, 0L));

    assertThat(seqs.reserve(one, 5)).isEqualTo(1);
    assertThat(seqs.reserve(one, 3)).isEqualTo(6);
    assertThat(seqs.next(one)).isEqualTo(9);
  }

  @Test
  void a_new_allocator_starts_above_the_highest_stored_seq() {
    stored.put(one, 41L);

    assertThat(newAllocator(c -> stored.getOrDefault(c, 0L)).next(one)).isEqualTo(42);
  }

  @Test
  void concurrent_callers_never_get_the_same_seq() throws Exception {
    SeqAllocator seqs = newAllocator(c -> 0L);
    Set<Long> seen = ConcurrentHashMap.newKeySet();
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      for (int i = 0; i < 1000; i++) {
        pool.submit(() -> seen.add(seqs.next(one)));
      }
    }

    assertThat(seen).hasSize(1000);
  }
}
