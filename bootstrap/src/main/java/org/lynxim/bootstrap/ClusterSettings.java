package org.lynxim.bootstrap;

import io.helidon.config.Config;
import java.time.Duration;
import java.util.UUID;

/**
 * The cluster shape's settings, under {@code lynx.cluster} ({@code LYNX_CLUSTER_REDIS_ADDRESS} and
 * so on). Every node of one cluster must agree on the prefixes and the partition count.
 */
record ClusterSettings(
    String nodeId,
    String redisAddress,
    String redisPrefix,
    Duration inboxIdleExpiry,
    String rabbitUri,
    String rabbitPrefix,
    int partitions,
    boolean queuedPipeline) {

  static ClusterSettings from(Config cluster) {
    String pipeline = cluster.get("pipeline").asString().orElse("queued");
    if (!pipeline.equals("queued") && !pipeline.equals("direct")) {
      throw new IllegalArgumentException("lynx.cluster.pipeline must be queued or direct");
    }
    return new ClusterSettings(
        cluster
            .get("node")
            .asString()
            .asOptional()
            .filter(id -> !id.isBlank())
            .orElseGet(() -> UUID.randomUUID().toString().substring(0, 8)),
        cluster.get("redis.address").asString().orElse("redis://127.0.0.1:6379"),
        cluster.get("redis.prefix").asString().orElse("lynx:"),
        cluster.get("redis.inbox.expiry").as(Duration.class).orElse(Duration.ZERO),
        cluster.get("rabbitmq.uri").asString().orElse("amqp://guest:guest@127.0.0.1:5672"),
        cluster.get("rabbitmq.prefix").asString().orElse("lynx."),
        cluster.get("partitions").asInt().orElse(16),
        pipeline.equals("queued"));
  }
}
