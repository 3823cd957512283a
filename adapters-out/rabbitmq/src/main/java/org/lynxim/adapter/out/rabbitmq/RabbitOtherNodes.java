package org.lynxim.adapter.out.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.ShutdownSignalException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.lynxim.application.delivery.port.out.DeliveryEvent;
import org.lynxim.application.delivery.port.out.OtherNodes;

/**
 * The other nodes through RabbitMQ: an event goes once to a fanout exchange that every node reads
 * through a queue of its own, and a node ignores what it told itself. Events are best effort, like
 * pushes (a device that misses one pulls), so they are not persistent and a node's queue drops what
 * waits longer than a few seconds.
 */
public final class RabbitOtherNodes implements OtherNodes, AutoCloseable {
  private static final Logger LOG = Logger.getLogger(RabbitOtherNodes.class.getName());
  private static final int STALE_AFTER_MILLIS = 10_000;

  private final RabbitSettings settings;
  private final Connection connection;
  private final Channel publishing;
  private final Channel consuming;
  private final String queue;
  private final ReentrantLock publishLock = new ReentrantLock();

  private RabbitOtherNodes(RabbitSettings settings, Connection connection) throws IOException {
    this.settings = settings;
    this.connection = connection;
    this.publishing = connection.createChannel();
    publishing.exchangeDeclare(exchange(), BuiltinExchangeType.FANOUT, false);
    this.consuming = connection.createChannel();
    this.queue = settings.queuePrefix() + "deliveries." + settings.nodeId();
    consuming.queueDeclare(queue, false, true, true, Map.of("x-message-ttl", STALE_AFTER_MILLIS));
    consuming.queueBind(queue, exchange(), "");
  }

  /** Connects and declares this node's queue; events are consumed once someone listens. */
  public static RabbitOtherNodes open(RabbitSettings settings) {
    ConnectionFactory factory = new ConnectionFactory();
    try {
      factory.setUri(settings.uri());
      factory.setAutomaticRecoveryEnabled(true);
      factory.setNetworkRecoveryInterval(1000);
      return new RabbitOtherNodes(
          settings, factory.newConnection("lynx-deliveries-" + settings.nodeId()));
    } catch (Exception e) {
      throw new IllegalStateException("cannot connect to RabbitMQ at " + settings.uri(), e);
    }
  }

  private String exchange() {
    return settings.queuePrefix() + "deliveries";
  }

  @Override
  public void tell(DeliveryEvent event) {
    publishLock.lock();
    try {
      publishing.basicPublish(
          exchange(), "", null, WireFormat.event(new WireFormat.Told(settings.nodeId(), event)));
    } catch (IOException | ShutdownSignalException e) {
      // Other nodes' devices miss this event and catch up by pulling, as after any lost push.
      LOG.warning("could not pass a delivery to the other nodes: " + e.getMessage());
    } finally {
      publishLock.unlock();
    }
  }

  @Override
  public void listen(Listener listener) {
    try {
      consuming.basicConsume(
          queue,
          true,
          new DefaultConsumer(consuming) {
            @Override
            public void handleDelivery(
                String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
              try {
                WireFormat.Told told = WireFormat.event(body);
                if (!told.origin().equals(settings.nodeId())) {
                  listener.heard(told.event());
                }
              } catch (RuntimeException e) {
                // An event this node cannot read (a newer node's, in a rolling upgrade) or deliver
                // is dropped like a lost push, said in one line. Thrown on, the client's handler
                // logs a stack trace per event, or, without automatic recovery, closes the channel
                // and this node hears no other node again.
                LOG.warning("dropped an event from another node: " + e.getMessage());
              }
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot consume " + queue, e);
    }
  }

  /** Whether the broker connection is up, for health checks. */
  public boolean isConnected() {
    return connection.isOpen();
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (IOException | ShutdownSignalException e) {
      LOG.fine("closing the deliveries connection: " + e.getMessage());
    }
  }
}
