package org.lynxim.adapter.in.ws;

import io.helidon.common.buffers.BufferData;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A transport that remembers each frame with the thread that wrote it, and each close code. */
final class RecordingTransport implements Transport {
  record Written(String frame, Thread by) {}

  final List<Written> written = new CopyOnWriteArrayList<>();
  final List<Integer> closeCodes = new CopyOnWriteArrayList<>();

  @Override
  public void send(String frame) {
    written.add(new Written(frame, Thread.currentThread()));
  }

  @Override
  public void pong(BufferData payload) {}

  @Override
  public void close(int code, String reason) {
    closeCodes.add(code);
  }

  @Override
  public void closeSocket() {}

  @Override
  public String clientAddress() {
    return "127.0.0.1";
  }
}
