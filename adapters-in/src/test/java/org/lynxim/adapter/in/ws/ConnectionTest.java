package org.lynxim.adapter.in.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

class ConnectionTest {
  private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
  private final RecordingTransport transport = new RecordingTransport();
  private final Connection connection =
      new Connection(
          UserId.of("alice"),
          DeviceId.DEFAULT,
          transport,
          100,
          task -> Thread.ofVirtual().name("drain").start(task),
          timers,
          Instant.EPOCH);

  @AfterEach
  void stopTimers() {
    timers.shutdownNow();
  }

  @Test
  void a_ready_answer_is_written_by_the_reader_that_handled_the_frame() {
    connection.answer(CompletableFuture.completedFuture("answer"));

    assertThat(transport.written)
        .containsExactly(new RecordingTransport.Written("answer", Thread.currentThread()));
  }

  @Test
  void an_answer_that_completes_later_is_written_by_a_writer_task() throws Exception {
    CompletableFuture<String> later = new CompletableFuture<>();
    connection.answer(later);
    assertThat(transport.written).isEmpty();

    later.complete("answer");

    waitForWrites(1);
    assertThat(transport.written.getFirst().frame()).isEqualTo("answer");
    assertThat(transport.written.getFirst().by().getName()).isEqualTo("drain");
  }

  @Test
  void a_push_queued_before_a_ready_answer_goes_out_first() throws Exception {
    connection.send("push");
    connection.answer(CompletableFuture.completedFuture("answer"));

    waitForWrites(2);
    assertThat(transport.written)
        .extracting(RecordingTransport.Written::frame)
        .containsExactly("push", "answer");
  }

  private void waitForWrites(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (transport.written.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }
}
