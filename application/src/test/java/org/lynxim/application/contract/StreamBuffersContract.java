package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.lynxim.application.stream.port.out.StreamBuffers;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.conversation.StreamProgress;
import org.lynxim.domain.user.UserId;

/** What every {@link StreamBuffers} must do. */
public abstract class StreamBuffersContract {
  private final UserId bot = UserId.of("s" + UUID.randomUUID().toString().substring(0, 8));
  private final ConversationId conversation =
      GroupId.of("s" + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
          .conversation();
  private final Amendment.Target stream = new Amendment.Target(conversation, 7);
  private final Instant now = Instant.ofEpochMilli(1_800_000_000_000L);

  protected abstract StreamBuffers newBuffers();

  private StreamProgress at(long index, int bytes) {
    return new StreamProgress(bot, index, bytes);
  }

  @Test
  void a_stream_grows_chunk_by_chunk_and_is_taken_once() {
    StreamBuffers buffers = newBuffers();
    buffers.open(stream, at(0, 2), "Hé", now.plusSeconds(60));
    buffers.open(stream, at(0, 0), "", now.plusSeconds(90));

    assertThat(buffers.progress(stream)).as("opened once").contains(at(0, 2));
    assertThat(buffers.append(stream, 0, at(1, 9), "llo ✓", now.plusSeconds(60))).isTrue();
    assertThat(buffers.append(stream, 0, at(1, 9), "llo ✓", now.plusSeconds(60)))
        .as("the index moved on")
        .isFalse();
    assertThat(buffers.progress(stream)).contains(at(1, 9));
    assertThat(buffers.contents(List.of(stream, new Amendment.Target(conversation, 8))))
        .containsExactlyEntriesOf(java.util.Map.of(stream, "Héllo ✓"));

    assertThat(buffers.take(stream)).contains("Héllo ✓");
    assertThat(buffers.take(stream)).isEmpty();
    assertThat(buffers.progress(stream)).isEmpty();
    assertThat(buffers.append(stream, 1, at(2, 10), "!", now)).isFalse();
  }

  @Test
  void only_an_idle_stream_is_taken_as_idle() {
    StreamBuffers buffers = newBuffers();
    buffers.open(stream, at(0, 0), "", now.plusSeconds(60));

    assertThat(buffers.idle(now.plusSeconds(59), 100)).doesNotContain(stream);
    assertThat(buffers.takeIdle(stream, now.plusSeconds(59))).isEmpty();

    buffers.append(stream, 0, at(1, 2), "ok", now.plusSeconds(120));
    assertThat(buffers.idle(now.plusSeconds(61), 100)).as("a chunk came").doesNotContain(stream);
    assertThat(buffers.takeIdle(stream, now.plusSeconds(61))).isEmpty();

    assertThat(buffers.idle(now.plusSeconds(120), 100)).contains(stream);
    assertThat(buffers.takeIdle(stream, now.plusSeconds(120))).contains("ok");
    assertThat(buffers.idle(now.plusSeconds(120), 100)).doesNotContain(stream);
  }

  @Test
  void of_many_racing_appenders_of_one_index_one_wins() throws Exception {
    StreamBuffers buffers = newBuffers();
    buffers.open(stream, at(0, 0), "", now.plusSeconds(60));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> tries = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String delta = "d" + i;
      tries.add(
          pool.submit(
              () -> {
                go.await();
                return buffers.append(stream, 0, at(1, 2), delta, now.plusSeconds(60));
              }));
    }
    go.countDown();
    int won = 0;
    for (Future<Boolean> one : tries) {
      won += one.get() ? 1 : 0;
    }
    pool.shutdown();

    assertThat(won).isEqualTo(1);
    assertThat(buffers.contents(List.of(stream)).get(stream)).hasSize(2);
    buffers.take(stream);
  }
}
