package org.lynxim.adapter.in.ws;

import java.time.Duration;

/**
 * How the WebSocket endpoint treats connections: closed after {@code heartbeatTimeout} without a
 * frame; cut off when {@code outgoingQueueCapacity} frames wait unsent; a message assembled from
 * fragments may be at most {@code maxMessageBytes}; a user has at most {@code maxDevices} connected
 * devices on this node, a new one beyond it closing the oldest (4005); one client address holds at
 * most {@code maxPerAddress} connections to this node, one more being closed at once (1013).
 */
public record WebSocketSettings(
    Duration heartbeatTimeout,
    int outgoingQueueCapacity,
    int maxMessageBytes,
    int maxDevices,
    int maxPerAddress) {
  public WebSocketSettings {
    if (heartbeatTimeout.isNegative() || heartbeatTimeout.isZero()) {
      throw new IllegalArgumentException("heartbeatTimeout must be positive");
    }
    if (outgoingQueueCapacity < 1 || maxMessageBytes < 1 || maxDevices < 1 || maxPerAddress < 1) {
      throw new IllegalArgumentException(
          "queue capacity, message size and devices per user must be positive");
    }
  }
}
