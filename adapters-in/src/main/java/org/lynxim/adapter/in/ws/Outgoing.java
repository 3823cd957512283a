package org.lynxim.adapter.in.ws;

import io.helidon.common.buffers.BufferData;

/** What a connection's writer sends, in order. */
sealed interface Outgoing {
  record Text(String frame) implements Outgoing {}

  record Pong(BufferData payload) implements Outgoing {}

  record Close(int code, String reason) implements Outgoing {}
}
