package org.lynxim.adapter.out.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BatchDrainTest {

  @Test
  void what_has_queued_up_is_handed_over_in_batches_of_at_most_the_limit_in_order() {
    LinkedBlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
    for (int i = 0; i < 7; i++) {
      queue.add(i);
    }
    List<List<Integer>> batches = new ArrayList<>();

    BatchDrain.run(queue, 3, () -> false, true, batch -> batches.add(List.copyOf(batch)));

    assertThat(batches).containsExactly(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6));
  }

  @Test
  void without_drain_after_stop_what_is_left_stays_queued() {
    LinkedBlockingQueue<Integer> queue = new LinkedBlockingQueue<>(List.of(1, 2));
    AtomicBoolean running = new AtomicBoolean(true);
    List<Integer> taken = new ArrayList<>();

    BatchDrain.run(
        queue,
        1,
        running::get,
        false,
        batch -> {
          taken.addAll(batch);
          running.set(false);
        });

    assertThat(taken).containsExactly(1);
    assertThat(queue).containsExactly(2);
  }
}
