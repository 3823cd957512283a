package org.lynxim.adapter.in.ws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.lynxim.application.delivery.port.in.ConnectDeviceUseCase;
import org.lynxim.application.delivery.port.in.DisconnectDeviceUseCase;
import org.lynxim.application.delivery.port.in.KeepDevicesOnlineUseCase;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/**
 * Connections coming and going on this node: opened (replacing the device's older one, cutting the
 * user's oldest past the device limit), closed when their token expires or they fall silent, and
 * reported to the delivery use cases. The open ones are kept in {@link LocalConnections}, which
 * delivers to them.
 */
public final class ConnectionRegistry implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(ConnectionRegistry.class.getName());

  /** Tokens valid for longer than this are treated as never expiring here (no timer). */
  private static final Duration NEVER = Duration.ofDays(3650);

  private final LocalConnections online;

  private static final long REFUSED_CLOSE_DELAY_MS = 500;

  /** Open connections per client address (its IP), for the cap on one address. */
  private final Map<String, Integer> perAddress = new ConcurrentHashMap<>();

  private final WebSocketSettings settings;
  private final ConnectDeviceUseCase connect;
  private final DisconnectDeviceUseCase disconnect;
  private final KeepDevicesOnlineUseCase keepOnline;
  private final ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor();
  private final Clock clock;

  /**
   * Heartbeat scans, token expiries and the grace of slow clients' closes. A cancelled expiry (its
   * connection closed first) leaves the queue at once, so churn does not pile tasks up.
   */
  private final ScheduledThreadPoolExecutor timers = newTimers();

  /**
   * @param connect told of every device that connects here (presence, and the other nodes)
   * @param disconnect told of every device whose connection here closed
   * @param keepOnline told every few seconds which devices are still connected here
   * @param clock when tokens expire
   */
  /** Devices connected to this node now. */
  public int count() {
    return online.count();
  }

  public ConnectionRegistry(
      WebSocketSettings settings,
      LocalConnections online,
      ConnectDeviceUseCase connect,
      DisconnectDeviceUseCase disconnect,
      KeepDevicesOnlineUseCase keepOnline,
      Clock clock) {
    this.clock = clock;
    this.settings = settings;
    this.online = online;
    this.connect = connect;
    this.disconnect = disconnect;
    this.keepOnline = keepOnline;
    long period = Math.max(1, settings.heartbeatTimeout().toMillis() / 6);
    timers.scheduleAtFixedRate(this::closeSilent, period, period, TimeUnit.MILLISECONDS);
  }

  /** The timers connections are closed by, shared with the raw TCP listener's first-frame timer. */
  ScheduledExecutorService timers() {
    return timers;
  }

  private static ScheduledThreadPoolExecutor newTimers() {
    ScheduledThreadPoolExecutor timers =
        new ScheduledThreadPoolExecutor(
            1, Thread.ofPlatform().name("lynx-connection-timers").daemon().factory());
    timers.setRemoveOnCancelPolicy(true);
    return timers;
  }

  /**
   * Registers a new connection, replacing the device's older one, and closes it with 4004 when the
   * token it was opened with expires.
   */
  Connection open(UserId user, DeviceId device, Transport transport, Instant tokenExpires) {
    Connection connection =
        new Connection(
            user,
            device,
            transport,
            settings.outgoingQueueCapacity(),
            writers,
            timers,
            clock.instant());
    String address = transport.clientAddress();
    // Counted and uncounted atomically per address, by the map; an address with none is dropped.
    int fromAddress = perAddress.merge(address, 1, Integer::sum);
    connection.whenEnded(
        () -> perAddress.computeIfPresent(address, (a, count) -> count == 1 ? null : count - 1));
    if (fromAddress > settings.maxPerAddress()) {
      // Never listed: nothing is delivered to it, and frames it sends before the close are not
      // answered.
      // Not closed inside onOpen: Helidon may not have finished the handshake, and a close racing
      // it can leave the client waiting for the 101. Closed at its first frame, or shortly after.
      connection.refuse();
      timers.schedule(connection::closeRefused, REFUSED_CLOSE_DELAY_MS, TimeUnit.MILLISECONDS);
      return connection;
    }
    Duration left = Duration.between(clock.instant(), tokenExpires);
    if (left.compareTo(NEVER) < 0) {
      connection.expiresWith(
          timers.schedule(
              () -> {
                connection.close(CloseCodes.TOKEN_EXPIRED, "token expired: log in again");
                forget(connection);
              },
              Math.max(0, left.toMillis()),
              TimeUnit.MILLISECONDS));
    }
    Map<DeviceId, Connection> devices =
        online.add(
            connection,
            (current, replaced) ->
                replaced.close(
                    CloseCodes.REPLACED, "replaced by a newer connection of the same device"));
    if (devices.size() > settings.maxDevices()) {
      devices.values().stream()
          .filter(other -> other != connection)
          .min(Comparator.comparing(Connection::openedAt))
          .ifPresent(
              oldest -> {
                oldest.close(CloseCodes.TOO_MANY_DEVICES, "too many devices connected");
                forget(oldest);
              });
    }
    connect.connected(user, device, connection.openedAt());
    return connection;
  }

  void closed(Connection connection) {
    connection.closed();
    forget(connection);
  }

  /**
   * Takes the connection off the list, then off presence. Presence may be out of reach (its store
   * down): the device's entry then lapses by itself, as it is no longer refreshed as still
   * connected, and a heartbeat sweep that met the failure goes on with the next connection.
   */
  private void forget(Connection connection) {
    if (online.remove(connection)) {
      try {
        disconnect.disconnected(connection.user(), connection.device());
      } catch (RuntimeException e) {
        LOG.warning(
            "could not take "
                + connection.user()
                + "/"
                + connection.device()
                + " off presence: "
                + e.getMessage());
      }
    }
  }

  /** Closes silent connections and tells presence which devices are still here. */
  private void closeSilent() {
    closeSilentConnections();
    List<UserDevice> alive = new ArrayList<>();
    online
        .all()
        .forEach(connection -> alive.add(new UserDevice(connection.user(), connection.device())));
    try {
      keepOnline.stillConnected(alive);
    } catch (RuntimeException e) {
      LOG.warning("could not refresh presence: " + e.getMessage());
    }
  }

  private void closeSilentConnections() {
    long now = System.nanoTime();
    long limit = settings.heartbeatTimeout().toNanos();
    online.all().stream()
        .filter(connection -> connection.silentNanos(now) > limit)
        .forEach(
            connection -> {
              connection.close(CloseCodes.HEARTBEAT_TIMEOUT, "no heartbeat");
              forget(connection);
            });
  }

  /** Closes every connection with "service restart", so clients reconnect elsewhere. */
  @Override
  public void close() {
    timers.shutdownNow();
    online.close();
    online
        .all()
        .forEach(
            connection -> connection.close(CloseCodes.SERVICE_RESTART, "server shutting down"));
    writers.shutdown();
    try {
      writers.awaitTermination(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
