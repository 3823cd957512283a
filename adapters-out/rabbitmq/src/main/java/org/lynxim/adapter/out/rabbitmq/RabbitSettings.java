package org.lynxim.adapter.out.rabbitmq;

import java.time.Duration;
import java.util.Objects;

/**
 * The queued pipeline's settings: the broker ({@code amqp://user:pass@host:port}), the prefix of
 * its queue names, how many partitions (every node must agree), the largest batch, how long a send
 * waits for its answer, and this node's name (for its reply queue).
 */
public record RabbitSettings(
    String uri,
    String queuePrefix,
    int partitions,
    int batch,
    Duration replyTimeout,
    int publishChannels,
    String nodeId) {

  public RabbitSettings {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(queuePrefix, "queuePrefix");
    Objects.requireNonNull(replyTimeout, "replyTimeout");
    Objects.requireNonNull(nodeId, "nodeId");
    if (partitions < 1 || batch < 1 || publishChannels < 1) {
      throw new IllegalArgumentException("partitions, batch and channels must be positive");
    }
  }

  String partitionQueue(int partition) {
    return queuePrefix + "send." + partition;
  }

  String deadLetterQueue() {
    return queuePrefix + "dead";
  }

  String replyQueue() {
    return queuePrefix + "reply." + nodeId;
  }
}
