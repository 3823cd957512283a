package org.lynxim.adapter.out.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class InProcessTimersTest {

  @Test
  void tasks_run_when_due_and_one_that_fails_does_not_stop_the_others() {
    List<String> ran = new CopyOnWriteArrayList<>();
    try (InProcessTimers timers = new InProcessTimers()) {
      timers.after(Duration.ofMillis(200), () -> ran.add("later"));
      timers.after(
          Duration.ofMillis(10),
          () -> {
            throw new IllegalStateException("a dependency is down");
          });
      timers.after(Duration.ofMillis(50), () -> ran.add("sooner"));

      await().atMost(Duration.ofSeconds(3)).until(() -> ran.size() == 2);
      assertThat(ran).containsExactly("sooner", "later");
    }
  }

  @Test
  void closing_drops_what_has_not_run() throws Exception {
    List<String> ran = new CopyOnWriteArrayList<>();
    InProcessTimers timers = new InProcessTimers();
    timers.after(Duration.ofMillis(300), () -> ran.add("too late"));

    timers.close();
    Thread.sleep(500);

    assertThat(ran).isEmpty();
  }
}
