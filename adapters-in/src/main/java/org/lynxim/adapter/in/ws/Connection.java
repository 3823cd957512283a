package org.lynxim.adapter.in.ws;

import io.helidon.common.buffers.BufferData;
import io.helidon.webserver.ConnectionContext;
import io.helidon.websocket.WsSession;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * One authenticated WebSocket connection and its bounded outgoing queue. Helidon's {@code
 * WsSession.send} is not thread-safe, so every frame goes through the queue and exactly one writer
 * at a time drains it, on a virtual thread started only while there is something to send (an idle
 * connection costs no thread). A client that lets {@code capacity} frames pile up is cut off: it
 * reconnects and pulls, and never slows down a sender.
 */
final class Connection {
  private static final Logger LOG = Logger.getLogger(Connection.class.getName());

  private final UserId user;
  private final DeviceId device;
  private final WsSession session;
  private final int capacity;
  private final Executor writers;
  private final ConcurrentLinkedQueue<Outgoing> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger queued = new AtomicInteger();
  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean closing = new AtomicBoolean();
  private volatile long lastHeardNanos = System.nanoTime();

  Connection(UserId user, DeviceId device, WsSession session, int capacity, Executor writers) {
    this.user = user;
    this.device = device;
    this.session = session;
    this.capacity = capacity;
    this.writers = writers;
  }

  UserId user() {
    return user;
  }

  DeviceId device() {
    return device;
  }

  /** Any frame from the client counts as a heartbeat. */
  void heard() {
    lastHeardNanos = System.nanoTime();
  }

  long silentNanos(long nowNanos) {
    return nowNanos - lastHeardNanos;
  }

  /** Queues a frame; false when the connection is closing or was just cut off for being slow. */
  boolean send(String frame) {
    if (closing.get()) {
      return false;
    }
    if (queued.incrementAndGet() > capacity) {
      queued.decrementAndGet();
      cutOff();
      return false;
    }
    queue.add(new Outgoing.Text(frame));
    scheduleDrain();
    return true;
  }

  void pong(BufferData payload) {
    if (!closing.get()) {
      queue.add(new Outgoing.Pong(payload));
      scheduleDrain();
    }
  }

  /** Sends what is queued, then closes with the code. Later frames are dropped. */
  void close(int code, String reason) {
    if (closing.compareAndSet(false, true)) {
      queue.add(new Outgoing.Close(code, reason));
      scheduleDrain();
    }
  }

  /** The peer closed or the socket failed: drop whatever is queued. */
  void closed() {
    closing.set(true);
    queue.clear();
  }

  /**
   * Drops the connection without a close handshake: the writer may be stuck on the full socket, so
   * the socket is closed under it, from another thread than the sender's.
   */
  private void cutOff() {
    if (closing.compareAndSet(false, true)) {
      LOG.info(() -> "cutting off " + user + "/" + device + ": outgoing queue full");
      queue.clear();
      writers.execute(this::closeSocket);
    }
  }

  /**
   * Closes the TCP socket itself: {@code WsSession.close} would wait for the writer's lock, and
   * {@code terminate} only works on the connection's own thread.
   */
  private void closeSocket() {
    if (session.socketContext() instanceof ConnectionContext connection) {
      connection.serverSocket().close();
    } else {
      session.close(CloseCodes.TOO_SLOW, "too slow");
    }
  }

  private void scheduleDrain() {
    if (draining.compareAndSet(false, true)) {
      writers.execute(this::drain);
    }
  }

  private void drain() {
    try {
      Outgoing next;
      while ((next = queue.poll()) != null) {
        write(next);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "write to " + user + "/" + device + " failed", e);
      closed();
    } finally {
      draining.set(false);
      if (!queue.isEmpty()) {
        scheduleDrain();
      }
    }
  }

  private void write(Outgoing outgoing) {
    switch (outgoing) {
      case Outgoing.Text text -> {
        queued.decrementAndGet();
        session.send(text.frame(), true);
      }
      case Outgoing.Pong pong -> session.pong(pong.payload());
      case Outgoing.Close close -> {
        queue.clear();
        session.close(close.code(), close.reason());
      }
    }
  }
}
