package org.lynxim.benchmarks;

import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** One WebSocket connection of the load generator, owned by one of {@link WebSockets}' loops. */
final class Conn implements AutoCloseable {
  /**
   * Receives every frame the server sends, as text, on the connection's event loop: keep it short
   * and never block in it. Most handlers read a field or two with {@link Frames}, as parsing every
   * push would make the generator its own bottleneck.
   */
  interface Handler {
    void onFrame(String frame);
  }

  private final Channel channel;
  private final CompletableFuture<Void> closed;

  Conn(Channel channel, CompletableFuture<Void> closed) {
    this.channel = channel;
    this.closed = closed;
  }

  /**
   * Sends one text frame, in order with the connection's other sends. From another thread it first
   * waits while the socket's outgoing buffer is full, so that a sender faster than the server
   * cannot queue without bound; on the event loop it never waits.
   */
  void send(String text) {
    if (!channel.eventLoop().inEventLoop()) {
      while (!channel.isWritable() && channel.isActive()) {
        LockSupport.parkNanos(100_000);
      }
    }
    channel.writeAndFlush(new TextWebSocketFrame(text), channel.voidPromise());
  }

  /** Runs the task on the connection's event loop, where its frames are handled. */
  void execute(Runnable task) {
    channel.eventLoop().execute(task);
  }

  /** The event loop the connection's frames are handled on, shared with other connections. */
  ScheduledExecutorService loop() {
    return channel.eventLoop();
  }

  boolean isOpen() {
    return !closed.isDone();
  }

  /**
   * Closes with a normal close frame, waiting up to 5 s for the server's; then drops the socket.
   */
  @Override
  public void close() {
    if (channel.isActive()) {
      channel.writeAndFlush(new CloseWebSocketFrame(1000, "done"));
      try {
        closed.get(5, TimeUnit.SECONDS);
      } catch (Exception notClosedInTime) {
        // dropped below
      }
    }
    channel.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
  }
}
