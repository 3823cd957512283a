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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.lynxim.adapter.out.rabbitmq.WireFormat.ConnectedEvent;
import org.lynxim.adapter.out.rabbitmq.WireFormat.Event;
import org.lynxim.adapter.out.rabbitmq.WireFormat.PushEvent;
import org.lynxim.adapter.out.rabbitmq.WireFormat.SyncEvent;
import org.lynxim.application.delivery.port.out.DeviceDelivery;
import org.lynxim.application.delivery.port.out.DevicePresence;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * Delivery across nodes: this node's devices get a push directly, and the push goes once to a
 * fanout exchange that every other node reads through a queue of its own and hands to its own
 * devices. Pushes are best effort, as on one node (a device that misses one pulls), so events are
 * not persistent and a node's queue drops what waits longer than a few seconds. A device that
 * connects here is announced the same way, so that its older connection on another node is closed.
 */
public final class RabbitClusterDelivery implements DeviceDelivery, DevicePresence, AutoCloseable {
  private static final Logger LOG = Logger.getLogger(RabbitClusterDelivery.class.getName());
  private static final int STALE_AFTER_MILLIS = 10_000;

  private final RabbitSettings settings;
  private final DeviceDelivery local;
  private final Connection connection;
  private final Channel publishing;
  private final ReentrantLock publishLock = new ReentrantLock();

  private RabbitClusterDelivery(
      RabbitSettings settings, DeviceDelivery local, Connection connection) throws IOException {
    this.settings = settings;
    this.local = local;
    this.connection = connection;
    this.publishing = connection.createChannel();
    publishing.exchangeDeclare(exchange(), BuiltinExchangeType.FANOUT, false);
    Channel consuming = connection.createChannel();
    String queue = settings.queuePrefix() + "deliveries." + settings.nodeId();
    consuming.queueDeclare(queue, false, true, true, Map.of("x-message-ttl", STALE_AFTER_MILLIS));
    consuming.queueBind(queue, exchange(), "");
    consuming.basicConsume(
        queue,
        true,
        new DefaultConsumer(consuming) {
          @Override
          public void handleDelivery(
              String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
            deliverLocally(WireFormat.event(body));
          }
        });
  }

  /** Connects; {@code local} is this node's own devices. */
  public static RabbitClusterDelivery open(RabbitSettings settings, DeviceDelivery local) {
    ConnectionFactory factory = new ConnectionFactory();
    try {
      factory.setUri(settings.uri());
      factory.setAutomaticRecoveryEnabled(true);
      factory.setNetworkRecoveryInterval(1000);
      return new RabbitClusterDelivery(
          settings, local, factory.newConnection("lynx-deliveries-" + settings.nodeId()));
    } catch (Exception e) {
      throw new IllegalStateException("cannot connect to RabbitMQ at " + settings.uri(), e);
    }
  }

  private String exchange() {
    return settings.queuePrefix() + "deliveries";
  }

  @Override
  public void pushMessage(
      Message message,
      Collection<UserId> recipients,
      Map<UserId, Long> inboxSeqs,
      Optional<DeviceId> from) {
    local.pushMessage(message, recipients, inboxSeqs, from);
    publish(new PushEvent(settings.nodeId(), message, List.copyOf(recipients), inboxSeqs, from));
  }

  @Override
  public void syncReadPosition(
      UserId user, ConversationId conversation, ReadPosition position, Optional<DeviceId> from) {
    local.syncReadPosition(user, conversation, position, from);
    publish(new SyncEvent(settings.nodeId(), user, conversation, position, from));
  }

  @Override
  public void connected(UserId user, DeviceId device) {
    publish(new ConnectedEvent(settings.nodeId(), user, device));
  }

  private void deliverLocally(Event event) {
    if (event.origin().equals(settings.nodeId())) {
      return;
    }
    switch (event) {
      case PushEvent push ->
          local.pushMessage(push.message(), push.recipients(), push.inboxSeqs(), push.sentFrom());
      case SyncEvent sync ->
          local.syncReadPosition(sync.user(), sync.conversation(), sync.position(), sync.from());
      case ConnectedEvent connected ->
          local.replacedElsewhere(connected.user(), connected.device());
    }
  }

  private void publish(Event event) {
    publishLock.lock();
    try {
      publishing.basicPublish(exchange(), "", null, WireFormat.event(event));
    } catch (IOException | ShutdownSignalException e) {
      // Other nodes' devices miss this push and catch up by pulling, as after any lost push.
      LOG.warning("could not pass a delivery to the other nodes: " + e.getMessage());
    } finally {
      publishLock.unlock();
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
