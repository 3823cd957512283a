package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lynxim.application.messaging.port.out.SendPipeline;
import org.lynxim.application.messaging.port.out.SendPipeline.BatchHandler;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.SendResult;
import org.lynxim.domain.user.UserId;

/** What every {@link SendPipeline} must do. */
public abstract class SendPipelineContract {

  /**
   * A pipeline with no handler yet; the test subscribes one. Closed by the implementation's test.
   */
  protected abstract SendPipeline newPipeline();

  private static MessageDraft draft(String conversation, int n) {
    return new MessageDraft(
        ConversationId.parse(conversation),
        MsgId.of("m" + n),
        UserId.of("alice"),
        MsgType.TEXT,
        MessageContent.of("x" + n));
  }

  /** Numbers what it stores, remembering every draft in the order it came. */
  protected static final class Numbering implements BatchHandler {
    public final List<MessageDraft> seen = new CopyOnWriteArrayList<>();
    private final AtomicLong seq = new AtomicLong();

    @Override
    public List<SendResult> store(List<MessageDraft> batch) {
      seen.addAll(batch);
      return batch.stream()
          .map(draft -> new SendResult(draft.sequenced(seq.incrementAndGet(), 1), false))
          .toList();
    }
  }

  @Test
  void one_callers_sends_to_a_conversation_are_stored_in_order_and_each_gets_its_own_answer() {
    SendPipeline pipeline = newPipeline();
    Numbering handler = new Numbering();
    pipeline.subscribe(handler);

    List<CompletableFuture<SendResult>> results = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      results.add(pipeline.submit(draft("dm:alice:bob", i)));
    }

    for (int i = 0; i < 100; i++) {
      SendResult result = results.get(i).orTimeout(20, TimeUnit.SECONDS).join();
      assertThat(result.message().msgId().value()).isEqualTo("m" + i);
      assertThat(result.message().content().text()).isEqualTo("x" + i);
    }
    assertThat(results.stream().map(r -> r.join().message().seq()).toList()).isSorted();
    assertThat(handler.seen)
        .extracting(d -> d.msgId().value())
        .containsExactlyElementsOf(IntStream.range(0, 100).mapToObj(i -> "m" + i).toList());
  }

  @Test
  void sends_to_many_conversations_are_all_stored_and_answered() {
    SendPipeline pipeline = newPipeline();
    Numbering handler = new Numbering();
    pipeline.subscribe(handler);

    List<CompletableFuture<SendResult>> results = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      results.add(pipeline.submit(draft("grp:g" + (i % 12), i)));
    }

    for (int i = 0; i < 60; i++) {
      SendResult result = results.get(i).orTimeout(20, TimeUnit.SECONDS).join();
      assertThat(result.message().conversationId().value()).isEqualTo("grp:g" + (i % 12));
      assertThat(result.message().msgId().value()).isEqualTo("m" + i);
    }
    assertThat(handler.seen).hasSize(60);
  }

  /**
   * An Error from the handler (a stack overflow on one send's content, say) fails the sends it
   * stored nothing for; it never leaves the sends after it waiting on a writer that died.
   */
  @Test
  void an_error_in_the_handler_fails_its_sends_and_later_sends_are_stored() {
    SendPipeline pipeline = newPipeline();
    Numbering numbering = new Numbering();
    pipeline.subscribe(
        batch -> {
          if (batch.stream().anyMatch(draft -> draft.msgId().value().equals("m13"))) {
            throw new StackOverflowError("what this send triggers");
          }
          return numbering.store(batch);
        });

    CompletableFuture<SendResult> failing = pipeline.submit(draft("dm:alice:bob", 13));
    assertThat(failing).failsWithin(java.time.Duration.ofSeconds(20));
    SendResult later =
        pipeline.submit(draft("dm:alice:bob", 14)).orTimeout(20, TimeUnit.SECONDS).join();

    assertThat(later.message().msgId().value()).isEqualTo("m14");
  }
}
