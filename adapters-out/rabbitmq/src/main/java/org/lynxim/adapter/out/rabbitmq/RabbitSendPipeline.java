package org.lynxim.adapter.out.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.ShutdownSignalException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lynxim.adapter.out.support.BatchDrain;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.application.messaging.port.out.SendPipeline;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.SendResult;

/**
 * The send pipeline of a cluster: each send is published durably (persistent, confirmed by the
 * broker) to its conversation's partition queue; each partition queue has a single active consumer
 * across all nodes, which stores what has queued up as one batch, answers every send on its node's
 * reply queue, and only then acknowledges the deliveries. A batch that fails stays in the queue and
 * is tried again, so nothing that was queued is lost when a node or the database goes down; the
 * sender may meanwhile time out (503) and retry with the same msg_id, which stores nothing twice. A
 * batch that fails for any other reason is stored send by send, and a send that still fails after a
 * few tries goes to the dead-letter queue and answers its sender with an error.
 */
public final class RabbitSendPipeline implements SendPipeline, AutoCloseable {
  private static final Logger LOG = Logger.getLogger(RabbitSendPipeline.class.getName());
  private static final long RETRY_PAUSE_MILLIS = 500;
  private static final int MAX_ATTEMPTS = 3;
  private static final String ERROR_HEADER = "lynx-error";

  private final RabbitSettings settings;
  private final Connection connection;
  private final BlockingQueue<Channel> publishers;
  private final Channel declaring;
  private volatile Runnable deadLettered = () -> {};
  private final Map<String, CompletableFuture<SendResult>> waiting = new ConcurrentHashMap<>();
  private final List<Partition> partitions = new ArrayList<>();
  private final ScheduledThreadPoolExecutor timeouts = newTimeouts();
  private volatile boolean open = true;

  private static ScheduledThreadPoolExecutor newTimeouts() {
    ScheduledThreadPoolExecutor timeouts =
        new ScheduledThreadPoolExecutor(
            1, Thread.ofPlatform().name("lynx-send-timeouts").daemon().factory());
    timeouts.setRemoveOnCancelPolicy(true);
    return timeouts;
  }

  private RabbitSendPipeline(RabbitSettings settings, Connection connection)
      throws IOException, TimeoutException {
    this.settings = settings;
    this.connection = connection;
    this.publishers = new ArrayBlockingQueue<>(settings.publishChannels());
    for (int i = 0; i < settings.publishChannels(); i++) {
      Channel channel = connection.createChannel();
      channel.confirmSelect();
      publishers.add(channel);
    }
    Channel declaring = connection.createChannel();
    for (int p = 0; p < settings.partitions(); p++) {
      declaring.queueDeclare(
          settings.partitionQueue(p), true, false, false, Map.of("x-single-active-consumer", true));
    }
    declaring.queueDeclare(settings.deadLetterQueue(), true, false, false, null);
    // Kept open: automatic recovery re-declares the queues on the channel that declared them.
    this.declaring = declaring;
    Channel replies = connection.createChannel();
    replies.queueDeclare(settings.replyQueue(), false, true, true, null);
    replies.basicConsume(
        settings.replyQueue(),
        true,
        new DefaultConsumer(replies) {
          @Override
          public void handleDelivery(
              String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
            CompletableFuture<SendResult> result = waiting.remove(properties.getCorrelationId());
            if (result == null) {
              return;
            }
            Map<String, Object> headers = properties.getHeaders();
            if (headers != null && headers.containsKey(ERROR_HEADER)) {
              result.completeExceptionally(
                  new IllegalStateException("the send " + headers.get(ERROR_HEADER)));
            } else {
              result.complete(WireFormat.result(body));
            }
          }
        });
  }

  /** Connects (amqp-client reconnects by itself and re-declares queues and consumers). */
  public static RabbitSendPipeline open(RabbitSettings settings) {
    ConnectionFactory factory = new ConnectionFactory();
    try {
      factory.setUri(settings.uri());
      factory.setAutomaticRecoveryEnabled(true);
      factory.setTopologyRecoveryEnabled(true);
      factory.setNetworkRecoveryInterval(1000);
      return new RabbitSendPipeline(settings, factory.newConnection("lynx-" + settings.nodeId()));
    } catch (Exception e) {
      throw new IllegalStateException("cannot connect to RabbitMQ at " + settings.uri(), e);
    }
  }

  /** Told of each batch that goes to the dead-letter queue (a metric). */
  public void whenDeadLettered(Runnable listener) {
    this.deadLettered = listener;
  }

  @Override
  public int queued() {
    return waiting.size();
  }

  @Override
  public CompletableFuture<SendResult> submit(MessageDraft draft) {
    if (!open) {
      return CompletableFuture.failedFuture(unavailable("the node is shutting down", null));
    }
    int partition = Math.floorMod(draft.conversationId().value().hashCode(), settings.partitions());
    String id = UUID.randomUUID().toString();
    CompletableFuture<SendResult> result = new CompletableFuture<>();
    waiting.put(id, result);
    // Cancelled on the answer, so that pending timers do not pile up under load.
    ScheduledFuture<?> timeout =
        timeouts.schedule(
            () -> {
              if (waiting.remove(id) != null) {
                result.completeExceptionally(unavailable("no answer in time", null));
              }
            },
            settings.replyTimeout().toMillis(),
            TimeUnit.MILLISECONDS);
    result.whenComplete((answer, failure) -> timeout.cancel(false));
    AMQP.BasicProperties properties =
        new AMQP.BasicProperties.Builder()
            .deliveryMode(2)
            .correlationId(id)
            .replyTo(settings.replyQueue())
            .build();
    Channel channel = null;
    try {
      channel = publishers.poll(settings.replyTimeout().toMillis(), TimeUnit.MILLISECONDS);
      if (channel == null) {
        throw new TimeoutException("no publishing channel free");
      }
      channel.basicPublish(
          "", settings.partitionQueue(partition), properties, WireFormat.draft(draft));
      // Confirmed before returning: a caller's next send is queued after this one.
      channel.waitForConfirmsOrDie(settings.replyTimeout().toMillis());
    } catch (IOException | TimeoutException | ShutdownSignalException e) {
      waiting.remove(id);
      return CompletableFuture.failedFuture(unavailable("the broker did not take the send", e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      waiting.remove(id);
      return CompletableFuture.failedFuture(unavailable("interrupted", e));
    } finally {
      if (channel != null) {
        publishers.add(channel);
      }
    }
    return result;
  }

  @Override
  public synchronized void subscribe(BatchHandler handler) {
    if (!partitions.isEmpty()) {
      throw new IllegalStateException("the pipeline has its handler already");
    }
    try {
      for (int p = 0; p < settings.partitions(); p++) {
        partitions.add(new Partition(p, handler));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot consume the partition queues", e);
    }
  }

  /**
   * Stops taking sends and consuming, lets the batch being stored finish, and gives whatever this
   * node had received but not stored back to the queues, for another node to take over.
   */
  @Override
  public void close() {
    open = false;
    partitions.forEach(Partition::stop);
    timeouts.shutdownNow();
    try {
      connection.close();
    } catch (IOException | AlreadyClosedException e) {
      LOG.fine("closing the RabbitMQ connection: " + e.getMessage());
    }
    waiting.values().forEach(r -> r.completeExceptionally(unavailable("the node stopped", null)));
  }

  private static StoreUnavailableException unavailable(String why, Throwable cause) {
    return new StoreUnavailableException(why, cause);
  }

  private record Delivery(long tag, AMQP.BasicProperties properties, byte[] body) {}

  /** One partition queue's consumer on this node and the writer that stores its batches. */
  private final class Partition extends DefaultConsumer {
    private final BlockingQueue<Delivery> received = new LinkedBlockingQueue<>();
    private final BatchHandler handler;
    private final Thread writer;
    private final String consumerTag;
    private volatile boolean running = true;

    Partition(int partition, BatchHandler handler) throws IOException {
      super(connection.createChannel());
      this.handler = handler;
      getChannel().basicQos(settings.batch());
      this.consumerTag = getChannel().basicConsume(settings.partitionQueue(partition), false, this);
      this.writer = Thread.ofVirtual().name("lynx-queue-writer-" + partition).start(this::write);
    }

    @Override
    public void handleDelivery(
        String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
      received.add(new Delivery(envelope.getDeliveryTag(), properties, body));
    }

    /** Stores batches until stopped; what is still received then is redelivered by the broker. */
    private void write() {
      BatchDrain.run(received, settings.batch(), () -> running, false, this::store);
    }

    private void store(List<Delivery> batch) throws InterruptedException {
      long last = batch.getLast().tag();
      try {
        List<SendResult> results =
            handler.store(batch.stream().map(d -> WireFormat.draft(d.body())).toList());
        for (int i = 0; i < batch.size(); i++) {
          reply(batch.get(i), WireFormat.result(results.get(i)), null);
        }
        getChannel().basicAck(last, true);
      } catch (StoreUnavailableException e) {
        // Storage is down: the batch stays queued, and is tried again until storage is back.
        LOG.warning("storing a queued batch failed, it stays queued: " + e.getMessage());
        nackAll(last);
        Thread.sleep(RETRY_PAUSE_MILLIS);
      } catch (RuntimeException | Error e) {
        // An Error too (a stack overflow on one send's content, say): let through, it would end
        // this writer with the batch unacknowledged, and the partition would wait for it forever.
        LOG.log(Level.WARNING, "a queued batch failed; storing its sends one by one", e);
        storeOneByOne(batch, last);
      } catch (IOException e) {
        LOG.warning("answering a queued batch failed, it stays queued: " + e.getMessage());
        nackAll(last);
      }
    }

    /**
     * Finds the send that makes its batch fail: each is tried on its own a few times, and one that
     * keeps failing goes to the dead-letter queue, logged, and its sender gets an error answer.
     */
    private void storeOneByOne(List<Delivery> batch, long last) throws InterruptedException {
      try {
        for (Delivery delivery : batch) {
          storeAlone(delivery);
        }
        getChannel().basicAck(last, true);
      } catch (StoreUnavailableException e) {
        nackAll(last);
        Thread.sleep(RETRY_PAUSE_MILLIS);
      } catch (IOException e) {
        nackAll(last);
      }
    }

    private void storeAlone(Delivery delivery) throws IOException {
      Throwable failure = null;
      for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        try {
          SendResult result = handler.store(List.of(WireFormat.draft(delivery.body()))).getFirst();
          reply(delivery, WireFormat.result(result), null);
          return;
        } catch (StoreUnavailableException e) {
          throw e;
        } catch (RuntimeException | Error e) {
          failure = e;
        }
      }
      LOG.log(
          Level.SEVERE,
          "a send failed " + MAX_ATTEMPTS + " times; it goes to " + settings.deadLetterQueue(),
          failure);
      getChannel()
          .basicPublish(
              "",
              settings.deadLetterQueue(),
              new AMQP.BasicProperties.Builder()
                  .deliveryMode(2)
                  .headers(Map.of("lynx-error", String.valueOf(failure)))
                  .build(),
              delivery.body());
      deadLettered.run();
      reply(delivery, new byte[0], "could not be stored");
    }

    private void reply(Delivery delivery, byte[] body, String error) throws IOException {
      AMQP.BasicProperties request = delivery.properties();
      AMQP.BasicProperties.Builder reply =
          new AMQP.BasicProperties.Builder().correlationId(request.getCorrelationId());
      if (error != null) {
        reply.headers(Map.of(ERROR_HEADER, error));
      }
      getChannel().basicPublish("", request.getReplyTo(), reply.build(), body);
    }

    private void nackAll(long last) {
      try {
        getChannel().basicNack(last, true, true);
      } catch (IOException | AlreadyClosedException closed) {
        // The channel is gone: the broker gives the unacknowledged deliveries back by itself.
      }
    }

    void stop() {
      try {
        getChannel().basicCancel(consumerTag);
      } catch (IOException | AlreadyClosedException e) {
        LOG.fine("cancelling a consumer: " + e.getMessage());
      }
      running = false;
      try {
        writer.join(10_000);
        getChannel().close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (IOException | TimeoutException | AlreadyClosedException e) {
        LOG.fine("closing a consumer channel: " + e.getMessage());
      }
    }
  }
}
