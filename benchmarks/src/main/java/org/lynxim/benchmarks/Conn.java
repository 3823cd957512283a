package org.lynxim.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/** One WebSocket connection of the load generator. */
final class Conn implements AutoCloseable {
  /**
   * Receives every frame the server sends, as text, on the client's thread: keep it short. Most
   * handlers read a field or two with {@link Frames}, as parsing every push would make the
   * generator its own bottleneck.
   */
  interface Handler {
    void onFrame(String frame);
  }

  private final WebSocket socket;
  private final ReentrantLock sending = new ReentrantLock();
  final CompletableFuture<Integer> closed;

  private Conn(WebSocket socket, CompletableFuture<Integer> closed) {
    this.socket = socket;
    this.closed = closed;
  }

  static Conn open(HttpClient client, URI uri, Handler handler) {
    Listener listener = new Listener(handler);
    WebSocket socket =
        client
            .newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(30))
            .buildAsync(uri, listener)
            .orTimeout(60, TimeUnit.SECONDS)
            .join();
    return new Conn(socket, listener.closed);
  }

  /** Sends one text frame; the JDK allows one send at a time per socket, so sends queue here. */
  void send(String text) {
    sending.lock();
    try {
      socket.sendText(text, true).join();
    } finally {
      sending.unlock();
    }
  }

  boolean isOpen() {
    return !closed.isDone();
  }

  @Override
  public void close() {
    try {
      if (!socket.isOutputClosed()) {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      socket.abort();
    }
  }

  private static final class Listener implements WebSocket.Listener {
    private final Handler handler;
    private final StringBuilder partial = new StringBuilder();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();

    Listener(Handler handler) {
      this.handler = handler;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      if (!last || !partial.isEmpty()) {
        partial.append(data);
      }
      if (last) {
        String text = partial.isEmpty() ? data.toString() : partial.toString();
        partial.setLength(0);
        handler.onFrame(text);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed.complete(-1);
    }
  }
}
