package org.lynxim.bootstrap;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.ToLongFunction;
import org.lynxim.adapter.out.memory.InProcessSendPipeline;
import org.lynxim.adapter.out.rabbitmq.RabbitOtherNodes;
import org.lynxim.adapter.out.rabbitmq.RabbitPushQueue;
import org.lynxim.adapter.out.rabbitmq.RabbitSendPipeline;
import org.lynxim.adapter.out.rabbitmq.RabbitSettings;
import org.lynxim.adapter.out.redis.RedisConnection;
import org.lynxim.adapter.out.redis.RedisSettings;
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
 * Nodes sharing MariaDB, Redis and RabbitMQ. Sends go through RabbitMQ partition queues, each with
 * one active consumer in the whole cluster (the "queued" pipeline), or, with {@code
 * lynx.pipeline=direct}, through this process's own pipeline, which keeps one writer per
 * conversation only while there is one node. Seqs, rate limits and presence live in Redis; pushes
 * reach the other nodes' devices through RabbitMQ.
 */
final class ClusterShape implements Shape {
  private final LynxSettings settings;
  private final ClusterSettings cluster;
  private final RedisConnection redis;
  private final StreamBuffers streamBuffers;
  private final CallStore callStore;
  private PushQueue pushQueue;
  private final SendPipeline pipeline;
  private final RabbitSettings rabbit;
  private final List<AutoCloseable> resources = new ArrayList<>();
  private final RabbitOtherNodes otherNodes;

  ClusterShape(LynxSettings settings, ClusterSettings cluster) {
    this.settings = settings;
    this.cluster = cluster;
    this.rabbit =
        new RabbitSettings(
            cluster.rabbitUri(),
            cluster.rabbitPrefix(),
            cluster.partitions(),
            settings.writerBatch(),
            settings.dbConnectionTimeout().multipliedBy(3),
            4,
            cluster.nodeId());
    this.redis =
        RedisConnection.open(
            new RedisSettings(
                cluster.redisAddress(), settings.dbConnectionTimeout(), cluster.redisPrefix()));
    this.streamBuffers = redis.streamBuffers();
    this.callStore = redis.callStore();
    this.otherNodes = RabbitOtherNodes.open(rabbit);
    if (cluster.queuedPipeline()) {
      RabbitSendPipeline queued = RabbitSendPipeline.open(rabbit);
      this.pipeline = queued;
      resources.add(queued);
    } else {
      InProcessSendPipeline direct =
          new InProcessSendPipeline(
              settings.writers(),
              settings.writerQueue(),
              settings.writerBatch(),
              settings.dbConnectionTimeout());
      this.pipeline = direct;
      resources.add(direct);
    }
    // After the pipeline: the sends it still stores while closing are told to the other nodes.
    resources.add(otherNodes);
  }

  @Override
  public SendPipeline pipeline() {
    return pipeline;
  }

  @Override
  public void whenDeadLettered(Runnable listener) {
    if (pipeline instanceof RabbitSendPipeline queued) {
      queued.whenDeadLettered(listener);
    }
  }

  @Override
  public SeqAllocator seqs(ToLongFunction<ConversationId> storedLastSeq) {
    return redis.seqAllocator(storedLastSeq);
  }

  @Override
  public InboxStore inboxes(InboxStore inDatabase, MessageStore timeline) {
    // Inboxes are rewritten from the timeline's redeliveries, so Redis's speed wins over keeping
    // them on disk; an inbox Redis lost answers reset, never a silent gap.
    return redis.inboxStore(cluster.inboxIdleExpiry(), Clock.systemUTC(), timeline);
  }

  @Override
  public SendRateLimiter rateLimiter() {
    return redis.sendRateLimiter(
        settings.sendsPerSecond(),
        settings.sendBurst(),
        settings.userSendsPerSecond(),
        settings.userSendBurst());
  }

  @Override
  public OtherNodes otherNodes() {
    return otherNodes;
  }

  /** Devices are listed in Redis (device -> node, kept alive by the heartbeat scans). */
  @Override
  public DevicePresence presence() {
    return redis.devicePresence(cluster.nodeId(), settings.heartbeatTimeout(), Clock.systemUTC());
  }

  @Override
  public DeviceFocus deviceFocus() {
    return redis.deviceFocus();
  }

  @Override
  public synchronized PushQueue pushQueue() {
    if (pushQueue == null) {
      RabbitPushQueue opened = RabbitPushQueue.open(rabbit);
      // Closed after the pipeline, whose last batches still queue their pushes.
      resources.add(opened);
      pushQueue = opened;
    }
    return pushQueue;
  }

  @Override
  public CallStore callStore() {
    return callStore;
  }

  @Override
  public StreamBuffers streamBuffers() {
    return streamBuffers;
  }

  @Override
  public LeavingUsers leavingUsers(Duration keep) {
    return redis.leavingUsers(keep);
  }

  @Override
  public boolean onlyNode() {
    return false;
  }

  @Override
  public List<HealthCheck> healthChecks() {
    return List.of(check("redis", redis::isReachable), check("rabbitmq", otherNodes::isConnected));
  }

  @Override
  public List<AutoCloseable> resources() {
    List<AutoCloseable> all = new ArrayList<>(resources);
    all.add(redis);
    return all;
  }

  static HealthCheck check(String name, BooleanSupplier up) {
    return new HealthCheck() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public HealthCheckType type() {
        return HealthCheckType.READINESS;
      }

      @Override
      public HealthCheckResponse call() {
        return HealthCheckResponse.builder().status(up.getAsBoolean()).build();
      }
    };
  }
}
