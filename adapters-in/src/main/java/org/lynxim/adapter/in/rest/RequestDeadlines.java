package org.lynxim.adapter.in.rest;

import io.helidon.common.buffers.BufferData;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http1.Http1ConnectionListener;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lynxim.adapter.in.json.Json;
import org.lynxim.adapter.in.wire.Problem;

/**
 * Closes an HTTP/1.1 connection whose request headers are not complete within {@code headersWithin}
 * of its request line, or whose request body stops arriving for {@code bodyStall}, after a 408 with
 * problem details. Helidon 4.1.2 has neither deadline (its idle check closes only a connection
 * waiting for a request line), so a client could hold a connection and its thread for as long as it
 * liked by stopping mid-headers or mid-body.
 *
 * <p>Helidon serves each HTTP/1.1 connection on a thread of its own, from the request line to the
 * answer; the watches are kept by that thread. The request line and headers are seen through
 * Helidon's receive listener, the body's progress through a filter on the request's stream, and the
 * request's end when the routing returns. A sweep each {@code checkEvery} closes what is late.
 */
public final class RequestDeadlines implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(RequestDeadlines.class.getName());
  private static final byte[] TIMED_OUT = timedOutAnswer();

  private final long headersWithinNanos;
  private final long bodyStallNanos;
  private final Map<Thread, Watch> watched = new ConcurrentHashMap<>();
  private final ScheduledExecutorService sweep;

  public RequestDeadlines(Duration headersWithin, Duration bodyStall, Duration checkEvery) {
    if (headersWithin.isNegative()
        || headersWithin.isZero()
        || bodyStall.isNegative()
        || bodyStall.isZero()) {
      throw new IllegalArgumentException("request deadlines must be positive");
    }
    this.headersWithinNanos = headersWithin.toNanos();
    this.bodyStallNanos = bodyStall.toNanos();
    this.sweep =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("lynx-request-deadlines").daemon().factory());
    long every = checkEvery.toMillis();
    sweep.scheduleWithFixedDelay(this::closeLate, every, every, TimeUnit.MILLISECONDS);
  }

  /** What Helidon's HTTP/1.1 connections tell as they read a request: the listener to add. */
  public Http1ConnectionListener receiving() {
    return new Http1ConnectionListener() {
      @Override
      public void prologue(ConnectionContext connection, HttpPrologue prologue) {
        watched.put(Thread.currentThread(), new Watch(connection, false, System.nanoTime()));
      }

      @Override
      public void headers(ConnectionContext connection, Headers headers) {
        if (hasBody(headers)) {
          watched.put(Thread.currentThread(), new Watch(connection, true, System.nanoTime()));
        } else {
          watched.remove(Thread.currentThread());
        }
      }
    };
  }

  /** Puts the filter that follows each body's progress and ends the watch with the request. */
  public void register(HttpRouting.Builder routing) {
    routing.addFilter(this::followBody);
  }

  private void followBody(FilterChain chain, RoutingRequest request, RoutingResponse response) {
    Thread connection = Thread.currentThread();
    Watch watch = watched.get(connection);
    if (watch != null && watch.body) {
      request.streamFilter(in -> new Progress(in, watch));
    }
    try {
      chain.proceed();
    } finally {
      if (watch != null) {
        watched.remove(connection, watch);
      }
    }
  }

  private static boolean hasBody(Headers headers) {
    return headers.contains(HeaderNames.CONTENT_LENGTH)
            && !headers.contains(HeaderValues.CONTENT_LENGTH_ZERO)
        || headers.contains(HeaderValues.TRANSFER_ENCODING_CHUNKED);
  }

  private void closeLate() {
    long now = System.nanoTime();
    watched.forEach(
        (thread, watch) -> {
          if (watch.isLate(now) && watched.remove(thread, watch)) {
            // Writing may wait on a client that does not read: never on the sweep's thread.
            Thread.ofVirtual().name("lynx-request-timeout").start(() -> answerAndClose(watch));
          }
        });
  }

  private void answerAndClose(Watch watch) {
    watch.timedOut = true;
    String why = watch.body ? "a request body stalled" : "request headers took too long";
    LOG.log(Level.FINE, () -> "408 and closed, " + why + ": " + watch.connection.remotePeer());
    try {
      watch.connection.dataWriter().writeNow(BufferData.create(TIMED_OUT));
    } catch (RuntimeException gone) {
      // the client went away first
    }
    try {
      // Breaks the connection thread's blocked read; Helidon ends the connection quietly.
      watch.connection.serverSocket().close();
    } catch (RuntimeException alreadyClosed) {
      // nothing left to close
    }
  }

  private static byte[] timedOutAnswer() {
    byte[] body =
        Json.writeBytes(
            Problem.of(
                408, "Request Timeout", "the request did not arrive in time; send it again"));
    String head =
        "HTTP/1.1 408 Request Timeout\r\nContent-Type: "
            + Problems.MEDIA_TYPE
            + "\r\nContent-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] answer = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, answer, 0, headBytes.length);
    System.arraycopy(body, 0, answer, headBytes.length, body.length);
    return answer;
  }

  @Override
  public void close() {
    sweep.shutdownNow();
  }

  /**
   * One request being read: its headers (from the request line) or its body (since its last bytes).
   */
  private final class Watch {
    final ConnectionContext connection;
    final boolean body;
    volatile long lastProgress;
    volatile boolean bodyRead;
    volatile boolean timedOut;

    Watch(ConnectionContext connection, boolean body, long since) {
      this.connection = connection;
      this.body = body;
      this.lastProgress = since;
    }

    boolean isLate(long now) {
      if (!body) {
        return now - lastProgress > headersWithinNanos;
      }
      return !bodyRead && now - lastProgress > bodyStallNanos;
    }
  }

  /**
   * The request body's stream, telling its watch of every read and of its end (a read past it:
   * Helidon closes the stream as soon as a lazy reader such as a multipart one is made, so closing
   * says nothing).
   */
  private static final class Progress extends FilterInputStream {
    private final Watch watch;

    Progress(InputStream in, Watch watch) {
      super(in);
      this.watch = watch;
    }

    @Override
    public int read() throws IOException {
      try {
        int read = super.read();
        progressed(read);
        return read;
      } catch (IOException | RuntimeException failed) {
        closeIfTimedOut(failed);
        throw failed;
      }
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
      try {
        int read = super.read(into, offset, length);
        progressed(read);
        return read;
      } catch (IOException | RuntimeException failed) {
        closeIfTimedOut(failed);
        throw failed;
      }
    }

    /**
     * A read broken by the sweep's close: the client has its 408 and the connection is gone, so the
     * request ends without an answer of its own (and without Helidon's warning that one could not
     * be written). The endpoints pass this exception on as it is.
     */
    private void closeIfTimedOut(Exception failed) {
      if (watch.timedOut) {
        throw new CloseConnectionException("the request body stalled: answered 408", failed);
      }
    }

    private void progressed(int read) {
      if (read < 0) {
        watch.bodyRead = true;
      } else {
        watch.lastProgress = System.nanoTime();
      }
    }
  }
}
