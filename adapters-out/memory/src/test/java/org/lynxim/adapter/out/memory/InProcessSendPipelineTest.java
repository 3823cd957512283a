package org.lynxim.adapter.out.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.application.contract.SendPipelineContract;
import org.lynxim.application.messaging.port.out.SendPipeline;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.SendResult;
import org.lynxim.domain.user.UserId;

class InProcessSendPipelineTest extends SendPipelineContract {
  private final List<InProcessSendPipeline> opened = new ArrayList<>();

  @Override
  protected SendPipeline newPipeline() {
    InProcessSendPipeline pipeline = new InProcessSendPipeline(4, 1000, 64, Duration.ofSeconds(1));
    opened.add(pipeline);
    return pipeline;
  }

  @AfterEach
  void closeAll() {
    opened.forEach(InProcessSendPipeline::close);
  }

  private final ConversationId chat = ConversationId.parse("dm:alice:bob");

  private MessageDraft draft(ConversationId conversation, int n) {
    return new MessageDraft(
        conversation, MsgId.of("m" + n), UserId.of("alice"), MsgType.TEXT, MessageContent.of("x"));
  }

  /** A handler that numbers drafts per call, remembering the batches it saw. */
  private static final class Recording
      implements org.lynxim.application.messaging.port.out.SendPipeline.BatchHandler {
    final List<List<MessageDraft>> batches = new CopyOnWriteArrayList<>();
    final AtomicInteger seq = new AtomicInteger();

    @Override
    public List<SendResult> store(List<MessageDraft> batch) {
      batches.add(List.copyOf(batch));
      List<SendResult> results = new ArrayList<>();
      for (MessageDraft draft : batch) {
        results.add(new SendResult(draft.sequenced(seq.incrementAndGet(), 0), false));
      }
      return results;
    }
  }

  @Test
  void drafts_of_one_conversation_are_stored_in_submission_order() {
    Recording handler = new Recording();
    try (var pipeline = new InProcessSendPipeline(4, 1000, 64, Duration.ofSeconds(1))) {
      pipeline.subscribe(handler);
      List<CompletableFuture<SendResult>> results = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        results.add(pipeline.submit(draft(chat, i)));
      }
      List<String> order = results.stream().map(f -> f.join().message().msgId().value()).toList();
      List<Long> seqs = results.stream().map(f -> f.join().message().seq()).toList();

      assertThat(order)
          .containsExactlyElementsOf(
              java.util.stream.IntStream.range(0, 500).mapToObj(i -> "m" + i).toList());
      assertThat(seqs).isSorted();
    }
  }

  @Test
  void sends_that_queue_up_while_a_batch_is_stored_share_the_next_batch() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Recording recording = new Recording();
    try (var pipeline = new InProcessSendPipeline(1, 1000, 100, Duration.ofSeconds(1))) {
      pipeline.subscribe(
          batch -> {
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return recording.store(batch);
          });
      List<CompletableFuture<SendResult>> results = new CopyOnWriteArrayList<>();
      // The first send finds the partition idle and is stored on its submitter's thread.
      Thread.ofVirtual().start(() -> results.add(pipeline.submit(draft(chat, 0))));
      Thread.sleep(100);
      for (int i = 1; i <= 50; i++) {
        results.add(pipeline.submit(draft(chat, i)));
      }
      release.countDown();
      results.forEach(CompletableFuture::join);

      assertThat(recording.batches).hasSize(2);
      assertThat(recording.batches.get(1)).hasSize(50);
    }
  }

  @Test
  void a_send_into_an_idle_partition_is_stored_and_answered_on_the_submitting_thread() {
    List<Thread> storedOn = new CopyOnWriteArrayList<>();
    Recording recording = new Recording();
    try (var pipeline = new InProcessSendPipeline(2, 10, 10, Duration.ofSeconds(1))) {
      pipeline.subscribe(
          batch -> {
            storedOn.add(Thread.currentThread());
            return recording.store(batch);
          });
      CompletableFuture<SendResult> result = pipeline.submit(draft(chat, 1));

      assertThat(result).isCompleted();
      assertThat(storedOn).containsExactly(Thread.currentThread());
    }
  }

  @Test
  void sends_submitted_before_the_handler_wait_for_it() {
    Recording recording = new Recording();
    try (var pipeline = new InProcessSendPipeline(2, 10, 10, Duration.ofSeconds(1))) {
      CompletableFuture<SendResult> early = pipeline.submit(draft(chat, 1));
      assertThat(early).isNotDone();

      pipeline.subscribe(recording);

      assertThat(early.orTimeout(5, java.util.concurrent.TimeUnit.SECONDS).join().message().seq())
          .isEqualTo(1);
    }
  }

  @Test
  void a_failed_batch_fails_each_of_its_sends_as_unavailable() {
    try (var pipeline = new InProcessSendPipeline(2, 10, 10, Duration.ofSeconds(1))) {
      pipeline.subscribe(
          batch -> {
            throw new StoreUnavailableException("database down", null);
          });
      CompletableFuture<SendResult> result = pipeline.submit(draft(chat, 1));

      assertThatThrownBy(result::get)
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(StoreUnavailableException.class);
    }
  }

  @Test
  void closing_stores_what_is_queued_and_refuses_what_comes_after() {
    Recording handler = new Recording();
    var pipeline = new InProcessSendPipeline(2, 1000, 10, Duration.ofSeconds(1));
    pipeline.subscribe(handler);
    List<CompletableFuture<SendResult>> queued = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      queued.add(pipeline.submit(draft(ConversationId.parse("grp:g" + (i % 7)), i)));
    }
    pipeline.close();

    assertThat(queued).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
    assertThat(pipeline.submit(draft(chat, 999))).isCompletedExceptionally();
  }
}
