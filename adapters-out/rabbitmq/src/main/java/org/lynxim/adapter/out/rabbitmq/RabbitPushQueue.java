package org.lynxim.adapter.out.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.MessageProperties;
import com.rabbitmq.client.ShutdownSignalException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.application.push.port.out.PushQueue;
import org.lynxim.domain.push.PushJob;

/**
 * Push jobs in one durable RabbitMQ queue that every node reads: a job is published persistent and
 * confirmed before {@link #enqueue} returns, and acknowledged only once the worker is done with it,
 * so a node that dies with jobs in hand has them delivered by another. A node holds at most {@link
 * #PREFETCH} unacknowledged jobs (while a gateway is down, the rest wait in RabbitMQ).
 */
public final class RabbitPushQueue implements PushQueue, AutoCloseable {
  private static final Logger LOG = Logger.getLogger(RabbitPushQueue.class.getName());
  private static final int PREFETCH = 500;
  private static final int BATCH = 200;
  private static final long CONFIRM_MILLIS = 5_000;

  private record Received(long tag, PushJob job) {}

  private final RabbitSettings settings;
  private final Connection connection;
  private final Channel publishing;
  private final Channel consuming;
  private final ReentrantLock publishLock = new ReentrantLock();
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private volatile Thread worker;
  private volatile boolean closed;

  private RabbitPushQueue(RabbitSettings settings, Connection connection) throws IOException {
    this.settings = settings;
    this.connection = connection;
    this.publishing = connection.createChannel();
    publishing.queueDeclare(queue(), true, false, false, null);
    publishing.confirmSelect();
    this.consuming = connection.createChannel();
    consuming.basicQos(PREFETCH);
  }

  public static RabbitPushQueue open(RabbitSettings settings) {
    ConnectionFactory factory = new ConnectionFactory();
    try {
      factory.setUri(settings.uri());
      factory.setAutomaticRecoveryEnabled(true);
      factory.setNetworkRecoveryInterval(1000);
      return new RabbitPushQueue(settings, factory.newConnection("lynx-push-" + settings.nodeId()));
    } catch (Exception e) {
      throw new IllegalStateException("cannot connect to RabbitMQ at " + settings.uri(), e);
    }
  }

  private String queue() {
    return settings.queuePrefix() + "push";
  }

  @Override
  public void enqueue(List<PushJob> jobs) {
    publishLock.lock();
    try {
      for (PushJob job : jobs) {
        publishing.basicPublish(
            "", queue(), MessageProperties.PERSISTENT_BASIC, WireFormat.pushJob(job));
      }
      publishing.waitForConfirmsOrDie(CONFIRM_MILLIS);
    } catch (IOException | TimeoutException | ShutdownSignalException e) {
      throw new StoreUnavailableException("cannot queue pushes: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreUnavailableException("interrupted while queuing pushes", e);
    } finally {
      publishLock.unlock();
    }
  }

  @Override
  public void work(Worker handler) {
    try {
      consuming.basicConsume(
          queue(),
          false,
          new DefaultConsumer(consuming) {
            @Override
            public void handleDelivery(
                String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
              try {
                received.add(new Received(envelope.getDeliveryTag(), WireFormat.pushJob(body)));
              } catch (RuntimeException unreadable) {
                LOG.warning("dropping an unreadable push job: " + unreadable.getMessage());
                ack(envelope.getDeliveryTag(), false);
              }
            }
          });
    } catch (IOException e) {
      throw new IllegalStateException("cannot consume the push queue", e);
    }
    worker = Thread.ofPlatform().name("push-worker").daemon().start(() -> run(handler));
  }

  /** One batch at a time, acknowledged together once delivered; a failed batch is requeued. */
  private void run(Worker handler) {
    List<Received> batch = new ArrayList<>(BATCH);
    while (!closed) {
      try {
        Received first = received.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        received.drainTo(batch, BATCH - 1);
        long last = batch.getLast().tag();
        try {
          handler.deliver(batch.stream().map(Received::job).toList());
          ack(last, true);
        } catch (RuntimeException | Error e) {
          // An Error too: let through, it would end the worker with the batch unacknowledged.
          LOG.log(Level.WARNING, "push delivery failed; the jobs go back to the queue", e);
          consuming.basicNack(last, true, true);
          Thread.sleep(1_000);
        }
      } catch (InterruptedException e) {
        return;
      } catch (IOException | ShutdownSignalException e) {
        // The channel recovers; unacknowledged jobs are delivered again.
        LOG.warning("push queue channel failed: " + e.getMessage());
      } finally {
        batch.clear();
      }
    }
  }

  private void ack(long tag, boolean multiple) {
    try {
      consuming.basicAck(tag, multiple);
    } catch (IOException | ShutdownSignalException e) {
      LOG.warning("could not acknowledge push jobs (they come again): " + e.getMessage());
    }
  }

  @Override
  public void close() {
    closed = true;
    Thread running = worker;
    if (running != null) {
      running.interrupt();
    }
    try {
      connection.close(2_000);
    } catch (IOException | ShutdownSignalException e) {
      LOG.fine("push queue connection closed: " + e.getMessage());
    }
  }
}
