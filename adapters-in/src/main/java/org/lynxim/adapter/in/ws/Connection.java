package org.lynxim.adapter.in.ws;

import io.helidon.common.buffers.BufferData;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * One authenticated connection (WebSocket or raw TCP, see {@link Transport}) and its bounded
 * outgoing queue. Neither Helidon's {@code WsSession.send} nor a socket's stream is thread-safe, so
 * every frame goes through the queue and exactly one writer at a time drains it, on a virtual
 * thread started only while there is something to send (an idle connection costs no thread). A
 * client that lets {@code capacity} frames pile up is cut off: what is queued is dropped, the close
 * frame 4003 goes out next, and if the connection has not ended within {@link #CLOSE_GRACE} (the
 * client took neither the frame nor the hint) the socket is closed under it. It reconnects and
 * pulls, and never slows down a sender. Pongs are not queued behind one another: one pending pong
 * is enough.
 */
final class Connection {
  private static final Logger LOG = Logger.getLogger(Connection.class.getName());

  /**
   * The most frames a reader writes before it goes back to reading: pushes from others that queue
   * up behind its answer go to a writer task.
   */
  private static final int WRITTEN_BY_READER = 8;

  /**
   * How long a client cut off for being slow has to take its close frame before the socket goes.
   */
  static final Duration CLOSE_GRACE = Duration.ofSeconds(10);

  private final UserId user;
  private final DeviceId device;
  private final Transport transport;
  private final int capacity;
  private final Executor writers;
  private final ScheduledExecutorService timers;
  private final ConcurrentLinkedQueue<Outgoing> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger queued = new AtomicInteger();
  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean closing = new AtomicBoolean();
  private final AtomicBoolean pongPending = new AtomicBoolean();
  private final AtomicBoolean releasedOnce = new AtomicBoolean();
  private volatile Runnable release = () -> {};
  private volatile boolean refused;
  private volatile boolean ended;
  private volatile ScheduledFuture<?> expiry;
  private final Instant openedAt;
  private volatile long lastHeardNanos = System.nanoTime();

  Connection(
      UserId user,
      DeviceId device,
      Transport transport,
      int capacity,
      Executor writers,
      ScheduledExecutorService timers,
      Instant openedAt) {
    this.openedAt = openedAt;
    this.user = user;
    this.device = device;
    this.transport = transport;
    this.capacity = capacity;
    this.writers = writers;
    this.timers = timers;
  }

  UserId user() {
    return user;
  }

  DeviceId device() {
    return device;
  }

  /**
   * When the connection opened, on the node's clock: which of a user's devices is oldest here, and
   * what other nodes compare with.
   */
  Instant openedAt() {
    return openedAt;
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
    if (!enqueue(frame)) {
      return false;
    }
    scheduleDrain();
    return true;
  }

  /**
   * Sends the answer to a frame this connection's own reader has just handled. An answer that is
   * ready is written on the calling thread when nothing else is writing: the reader may block on
   * its own client's socket, which only holds back that client's next frames, and the answer skips
   * a hand-off to another thread. Any other answer is queued when it completes.
   */
  void answer(CompletableFuture<String> answer) {
    if (!answer.isDone() || answer.isCompletedExceptionally()) {
      answer.thenAccept(this::send);
      return;
    }
    if (enqueue(answer.join()) && draining.compareAndSet(false, true)) {
      drain(WRITTEN_BY_READER);
    }
  }

  private boolean enqueue(String frame) {
    if (closing.get()) {
      return false;
    }
    if (queued.incrementAndGet() > capacity) {
      queued.decrementAndGet();
      cutOff();
      return false;
    }
    queue.add(new Outgoing.Text(frame));
    return true;
  }

  /** Queues a pong, unless one is queued already (a flood of pings gets one answer). */
  void pong(BufferData payload) {
    if (!closing.get() && pongPending.compareAndSet(false, true)) {
      queue.add(new Outgoing.Pong(payload));
      scheduleDrain();
    }
  }

  /** Runs once when the connection ends, whichever side ends it. */
  void whenEnded(Runnable release) {
    this.release = release;
  }

  private void released() {
    if (releasedOnce.compareAndSet(false, true)) {
      release.run();
    }
  }

  /** Whether it is refused, closing or closed: frames heard now are not answered. */
  boolean isClosing() {
    return refused || closing.get();
  }

  /** Refused as it opened: it is about to be closed, and answers nothing until then. */
  void refuse() {
    refused = true;
  }

  /** Closes a refused connection (1013); nothing for any other. */
  void closeRefused() {
    if (refused) {
      close(CloseCodes.TRY_AGAIN_LATER, "too many connections from your address");
    }
  }

  /** Sends what is queued, then closes with the code. Later frames are dropped. */
  void close(int code, String reason) {
    released();
    if (closing.compareAndSet(false, true)) {
      queue.add(new Outgoing.Close(code, reason));
      scheduleDrain();
    }
  }

  /** The peer closed or the socket failed: drop whatever is queued. */
  /** The timer that closes this connection when its token expires; cancelled when it ends. */
  void expiresWith(ScheduledFuture<?> timer) {
    expiry = timer;
  }

  void closed() {
    released();
    ended = true;
    ScheduledFuture<?> timer = expiry;
    if (timer != null) {
      timer.cancel(false);
    }
    closing.set(true);
    queue.clear();
  }

  /**
   * Drops what is queued and sends the close frame 4003 next. The writer may be stuck on the full
   * socket of a client that reads nothing: then the close frame cannot go out, and the socket is
   * closed under it after a grace period, from another thread than the sender's.
   */
  private void cutOff() {
    if (closing.compareAndSet(false, true)) {
      LOG.info(() -> "cutting off " + user + "/" + device + ": outgoing queue full");
      queue.clear();
      queue.add(new Outgoing.Close(CloseCodes.TOO_SLOW, "too slow: outgoing queue full"));
      scheduleDrain();
      try {
        timers.schedule(
            () -> {
              if (!ended) {
                writers.execute(this::closeSocket);
              }
            },
            CLOSE_GRACE.toMillis(),
            TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException shuttingDown) {
        writers.execute(this::closeSocket);
      }
    }
  }

  private void closeSocket() {
    transport.closeSocket();
  }

  private void scheduleDrain() {
    if (draining.compareAndSet(false, true)) {
      writers.execute(() -> drain(Integer.MAX_VALUE));
    }
  }

  /** Writes up to {@code most} queued frames, then leaves the rest to a writer task. */
  private void drain(int most) {
    try {
      Outgoing next;
      for (int written = 0; written < most && (next = queue.poll()) != null; written++) {
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
        transport.send(text.frame());
      }
      case Outgoing.Pong pong -> {
        pongPending.set(false);
        transport.pong(pong.payload());
      }
      case Outgoing.Close close -> {
        queue.clear();
        transport.close(close.code(), close.reason());
      }
    }
  }
}
