package org.lynxim.adapter.in.ws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lynxim.adapter.in.ErrorReply;
import org.lynxim.adapter.in.json.Json;
import org.lynxim.application.account.port.in.AuthenticateUseCase;
import org.lynxim.domain.user.Authenticated;
import org.lynxim.domain.user.DeviceId;

/**
 * Raw TCP (PROTOCOL.md): the same frames as the WebSocket, each a 4-byte big-endian length (1 to
 * 65536) and that many bytes of UTF-8 JSON, through the same dispatcher, outgoing queue, limits and
 * heartbeat ({@link ConnectionRegistry}). The first frame authenticates ({@code cmd} 1 with a token
 * and a device id) within {@link #FIRST_FRAME_WITHIN}; anything else, a bad length, a truncated
 * frame or text that is not UTF-8 closes the connection, harming no other. One virtual thread per
 * connection reads; the accept loop runs on one more.
 */
public final class TcpListener implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(TcpListener.class.getName());
  static final int MAX_FRAME_BYTES = 65_536;
  static final Duration FIRST_FRAME_WITHIN = Duration.ofSeconds(10);

  private final ServerSocket server;
  private final AuthenticateUseCase authenticate;
  private final FrameDispatcher frames;
  private final ConnectionRegistry registry;
  private final ScheduledExecutorService timers;

  private TcpListener(
      ServerSocket server,
      AuthenticateUseCase authenticate,
      FrameDispatcher frames,
      ConnectionRegistry registry) {
    this.server = server;
    this.authenticate = authenticate;
    this.frames = frames;
    this.registry = registry;
    this.timers = registry.timers();
  }

  /**
   * Listens on {@code port} (0: any free port) of {@code host} and starts accepting.
   *
   * @throws UncheckedIOException if the port cannot be bound
   */
  public static TcpListener start(String host, int port, WebSocketEndpoint endpoint) {
    try {
      ServerSocket server = new ServerSocket(port, 512, InetAddress.getByName(host));
      TcpListener listener =
          new TcpListener(server, endpoint.authenticate(), endpoint.frames(), endpoint.registry());
      Thread.ofVirtual().name("tcp-accept-" + server.getLocalPort()).start(listener::accept);
      return listener;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen for raw TCP on port " + port, e);
    }
  }

  public int port() {
    return server.getLocalPort();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        Thread.ofVirtual().name("tcp-" + socket.getPort()).start(() -> serve(socket));
      } catch (IOException e) {
        if (!server.isClosed()) {
          LOG.log(Level.WARNING, "raw TCP accept failed: " + e.getMessage());
        }
      }
    }
  }

  private void serve(Socket socket) {
    ScheduledFuture<?> slowStart =
        timers.schedule(
            () -> quietly(socket), FIRST_FRAME_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
    Connection connection = null;
    try (socket) {
      socket.setTcpNoDelay(true);
      DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
      TcpTransport transport = new TcpTransport(socket);
      Optional<String> first = readFrame(in);
      slowStart.cancel(false);
      if (first.isEmpty()) {
        return;
      }
      Optional<Opened> opened = authenticateFirst(first.get(), transport);
      if (opened.isEmpty()) {
        return;
      }
      connection =
          registry.open(
              opened.get().user().user(),
              opened.get().device(),
              transport,
              opened.get().user().expiresAt());
      connection.send(FrameEncoder.authenticated(opened.get().user().user()));
      Optional<String> frame;
      while ((frame = readFrame(in)).isPresent()) {
        if (connection.isClosing()) {
          connection.closeRefused();
          continue;
        }
        connection.heard();
        connection.answer(
            frames.answer(opened.get().user().user(), opened.get().device(), frame.get()));
      }
    } catch (IOException | RuntimeException e) {
      // A client that breaks the framing or goes away: closed, and nothing else to do.
      LOG.log(Level.FINE, "raw TCP connection ended: " + e);
    } finally {
      slowStart.cancel(false);
      if (connection != null) {
        registry.closed(connection);
      }
    }
  }

  private record Opened(Authenticated user, DeviceId device) {}

  /**
   * The first frame must be cmd 1 with a token and a device id; anything else is answered, closed.
   */
  private Optional<Opened> authenticateFirst(String text, TcpTransport transport) {
    try {
      ObjectNode frame = Json.parseObject(text);
      if (frame.path("cmd").asInt(-1) != FrameEncoder.AUTH || !frame.path("cmd").isInt()) {
        throw new IllegalArgumentException("the first frame must be cmd 1 with a token");
      }
      Authenticated user =
          authenticate.authenticate(Json.optionalString(frame, "token").orElse(null));
      DeviceId device =
          DeviceId.of(Json.optionalString(frame, "device_id").orElse(DeviceId.DEFAULT.value()));
      return Optional.of(new Opened(user, device));
    } catch (RuntimeException refused) {
      transport.send(
          FrameEncoder.error(FrameEncoder.AUTH, ErrorReply.of(refused), null, Optional.empty()));
      return Optional.empty();
    }
  }

  /**
   * The next frame's text; empty at the end of the stream.
   *
   * @throws IOException a length out of bounds, a truncated frame, text that is not UTF-8
   */
  static Optional<String> readFrame(DataInputStream in) throws IOException {
    int length;
    try {
      length = in.readInt();
    } catch (EOFException end) {
      return Optional.empty();
    }
    if (length < 1 || length > MAX_FRAME_BYTES) {
      throw new IOException("frame length " + length + " is outside 1 to " + MAX_FRAME_BYTES);
    }
    byte[] bytes = in.readNBytes(length);
    if (bytes.length < length) {
      throw new EOFException("truncated frame");
    }
    return Optional.of(
        Json.strictUtf8(bytes).orElseThrow(() -> new IOException("a frame that is not UTF-8")));
  }

  private static void quietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // closed
    }
  }

  /** Stops accepting; open connections end with the node's close (1012, told as cmd 9). */
  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // closed
    }
  }
}
