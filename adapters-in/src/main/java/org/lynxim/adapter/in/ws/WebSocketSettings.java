package org.lynxim.adapter.in.ws;

import java.time.Duration;

/**
 * How the WebSocket endpoint treats connections: closed after {@code heartbeatTimeout} without a
 * frame; cut off when {@code outgoingQueueCapacity} frames wait unsent; a message assembled from
 * fragments may be at most {@code maxMessageBytes}.
 */
public record WebSocketSettings(
    Duration heartbeatTimeout, int outgoingQueueCapacity, int maxMessageBytes) {
  public WebSocketSettings {
    if (heartbeatTimeout.isNegative() || heartbeatTimeout.isZero()) {
      throw new IllegalArgumentException("heartbeatTimeout must be positive");
    }
    if (outgoingQueueCapacity < 1 || maxMessageBytes < 1) {
      throw new IllegalArgumentException("queue capacity and message size must be positive");
    }
  }
}
