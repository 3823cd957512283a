package org.lynxim.bootstrap;

import io.helidon.health.HealthCheck;
import java.time.Duration;
import java.util.List;
import java.util.function.ToLongFunction;
import org.lynxim.application.call.port.out.CallStore;
import org.lynxim.application.delivery.port.out.DeviceFocus;
import org.lynxim.application.delivery.port.out.DevicePresence;
import org.lynxim.application.delivery.port.out.OtherNodes;
import org.lynxim.application.messaging.port.out.InboxStore;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.application.messaging.port.out.SendPipeline;
import org.lynxim.application.messaging.port.out.SendRateLimiter;
import org.lynxim.application.messaging.port.out.SeqAllocator;
import org.lynxim.application.presence.port.out.LeavingUsers;
import org.lynxim.application.push.port.out.PushQueue;
import org.lynxim.application.stream.port.out.StreamBuffers;
import org.lynxim.domain.conversation.ConversationId;

/**
 * What differs between the embedded shape (one process) and the cluster shape (nodes sharing
 * MariaDB, Redis and RabbitMQ). Everything else is wired the same way.
 */
interface Shape {

  SendPipeline pipeline();

  /** Told of each send batch given up on; only the cluster's queued pipeline has a dead letter. */
  default void whenDeadLettered(Runnable listener) {}

  SeqAllocator seqs(ToLongFunction<ConversationId> storedLastSeq);

  SendRateLimiter rateLimiter();

  /**
   * The users' inboxes; {@code inDatabase} where the shape keeps them in the database, which also
   * holds the {@code timeline}.
   */
  InboxStore inboxes(InboxStore inDatabase, MessageStore timeline);

  /** The other nodes that deliveries are relayed to (none for one process). */
  OtherNodes otherNodes();

  /** Which devices are online, on any node. */
  DevicePresence presence();

  /**
   * Users whose last device just left, seen by every node; a mark lasts {@code keep} unless settled
   * first.
   */
  LeavingUsers leavingUsers(Duration keep);

  /** The buffers of open streams, where every node sees them; the same instance on every call. */
  StreamBuffers streamBuffers();

  /**
   * The queue of offline pushes (durable in the cluster); made on the first call, closed with the
   * shape's resources.
   */
  PushQueue pushQueue();

  /** Which conversation each device has in focus, known to every node. */
  DeviceFocus deviceFocus();

  /** The calls, where every node sees them; the same instance on every call. */
  CallStore callStore();

  /** Whether groups may be remembered between sends (only one process changes them). */
  boolean onlyNode();

  List<HealthCheck> healthChecks();

  /** Closed after the web server stopped and before the database: the pipeline first. */
  List<AutoCloseable> resources();
}
