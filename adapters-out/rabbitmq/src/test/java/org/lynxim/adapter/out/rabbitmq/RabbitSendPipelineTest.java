package org.lynxim.adapter.out.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.ConnectionFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.application.contract.SendPipelineContract;
import org.lynxim.application.messaging.port.out.SendPipeline;
import org.lynxim.application.messaging.port.out.SendPipeline.BatchHandler;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.SendResult;
import org.lynxim.domain.user.UserId;

/** The queued pipeline against the real RabbitMQ on this machine. */
class RabbitSendPipelineTest extends SendPipelineContract {
  @Override
  protected SendPipeline newPipeline() {
    return node("contract");
  }

  static final String URI =
      System.getenv().getOrDefault("LYNX_TEST_RABBITMQ", "amqp://guest:guest@127.0.0.1:5672");
  private final String prefix = "lynx-test." + UUID.randomUUID() + ".";
  private final List<RabbitSendPipeline> nodes = new ArrayList<>();
  private final ConversationId chat = ConversationId.parse("dm:alice:bob");

  private RabbitSendPipeline node(String name) {
    RabbitSendPipeline node =
        RabbitSendPipeline.open(
            new RabbitSettings(URI, prefix, 2, 64, Duration.ofSeconds(10), 2, name));
    nodes.add(node);
    return node;
  }

  @AfterEach
  void cleanUp() throws Exception {
    nodes.forEach(RabbitSendPipeline::close);
    ConnectionFactory factory = new ConnectionFactory();
    factory.setUri(URI);
    try (var connection = factory.newConnection();
        var channel = connection.createChannel()) {
      for (int p = 0; p < 2; p++) {
        channel.queueDelete(prefix + "send." + p);
      }
      channel.queueDelete(prefix + "dead");
    }
  }

  private static MessageDraft draft(ConversationId conversation, int n) {
    return new MessageDraft(
        conversation,
        MsgId.of("m" + n),
        UserId.of("alice"),
        MsgType.TEXT,
        MessageContent.of("x" + n));
  }

  /** Stores by numbering, remembering each batch. */
  private static final class Recording implements BatchHandler {
    final List<List<MessageDraft>> batches = new CopyOnWriteArrayList<>();
    final AtomicInteger seq = new AtomicInteger();

    @Override
    public List<SendResult> store(List<MessageDraft> batch) {
      batches.add(List.copyOf(batch));
      return batch.stream()
          .map(draft -> new SendResult(draft.sequenced(seq.incrementAndGet(), 42), false))
          .toList();
    }
  }

  @Test
  void sends_of_one_caller_are_stored_in_order_and_answered() {
    Recording handler = new Recording();
    RabbitSendPipeline node = node("a");
    node.subscribe(handler);

    List<CompletableFuture<SendResult>> results = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      results.add(node.submit(draft(chat, i)));
    }

    List<String> ids = results.stream().map(r -> r.join().message().msgId().value()).toList();
    assertThat(ids)
        .containsExactlyElementsOf(IntStream.range(0, 200).mapToObj(i -> "m" + i).toList());
    assertThat(results.stream().map(r -> r.join().message().seq()).toList()).isSorted();
    assertThat(results.getFirst().join().message().content().text()).isEqualTo("x0");
  }

  @Test
  void a_batch_that_fails_stays_queued_and_is_stored_when_storage_is_back() {
    Recording recording = new Recording();
    AtomicInteger failures = new AtomicInteger();
    RabbitSendPipeline node = node("a");
    node.subscribe(
        batch -> {
          if (failures.incrementAndGet() <= 2) {
            throw new StoreUnavailableException("database down", null);
          }
          return recording.store(batch);
        });

    SendResult result = node.submit(draft(chat, 1)).orTimeout(10, TimeUnit.SECONDS).join();

    assertThat(result.message().msgId().value()).isEqualTo("m1");
    assertThat(failures.get()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void a_send_that_keeps_failing_goes_to_the_dead_letter_queue_and_the_others_are_stored()
      throws Exception {
    Recording recording = new Recording();
    RabbitSendPipeline node = node("a");
    node.subscribe(
        batch -> {
          if (batch.stream().anyMatch(draft -> draft.msgId().value().equals("m13"))) {
            throw new IllegalStateException("a bug that this send triggers");
          }
          return recording.store(batch);
        });

    CompletableFuture<SendResult> poison = node.submit(draft(chat, 13));
    CompletableFuture<SendResult> fine = node.submit(draft(chat, 14));

    assertThat(fine.orTimeout(10, TimeUnit.SECONDS).join().message().msgId().value())
        .isEqualTo("m14");
    assertThat(poison).failsWithin(Duration.ofSeconds(10));
    ConnectionFactory factory = new ConnectionFactory();
    factory.setUri(URI);
    try (var connection = factory.newConnection();
        var channel = connection.createChannel()) {
      var dead = channel.basicGet(prefix + "dead", true);
      assertThat(dead).isNotNull();
      assertThat(WireFormat.draft(dead.getBody()).msgId().value()).isEqualTo("m13");
    }
  }

  @Test
  void one_node_consumes_each_partition_and_answers_reach_the_node_that_asked() {
    Recording onA = new Recording();
    Recording onB = new Recording();
    RabbitSendPipeline a = node("a");
    a.subscribe(onA);
    RabbitSendPipeline b = node("b");
    b.subscribe(onB);

    SendResult fromB = b.submit(draft(chat, 7)).orTimeout(10, TimeUnit.SECONDS).join();

    assertThat(fromB.message().msgId().value()).isEqualTo("m7");
    assertThat(onA.batches).hasSize(1);
    assertThat(onB.batches).isEmpty();

    a.close();
    SendResult afterA = b.submit(draft(chat, 8)).orTimeout(10, TimeUnit.SECONDS).join();

    assertThat(afterA.message().msgId().value()).isEqualTo("m8");
    assertThat(onB.batches).hasSize(1);
  }
}
