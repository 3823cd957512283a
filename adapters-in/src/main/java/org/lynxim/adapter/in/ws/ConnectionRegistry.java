package org.lynxim.adapter.in.ws;

import io.helidon.websocket.WsSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.lynxim.application.delivery.port.in.ConnectDeviceUseCase;
import org.lynxim.application.delivery.port.in.DisconnectDeviceUseCase;
import org.lynxim.application.delivery.port.in.KeepDevicesOnlineUseCase;
import org.lynxim.application.delivery.port.out.LocalDevices;
import org.lynxim.application.messaging.port.out.MessagingMetrics;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.notice.AccountNotice;
import org.lynxim.domain.notice.Signal;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/**
 * The devices connected to this node, offered to the application as its {@link LocalDevices} port:
 * it owns the sessions, so it is the one that can push. Devices connecting, leaving and staying are
 * reported to the delivery use cases. One connection per (user, device): a new one replaces the
 * old. A push is encoded once and queued on each recipient connection; nothing here waits for a
 * device.
 */
public final class ConnectionRegistry implements LocalDevices, AutoCloseable {
  private static final Logger LOG = Logger.getLogger(ConnectionRegistry.class.getName());

  /** Tokens valid for longer than this are treated as never expiring here (no timer). */
  private static final Duration NEVER = Duration.ofDays(3650);

  private final Map<UserId, Map<DeviceId, Connection>> online = new ConcurrentHashMap<>();
  private final MessagingMetrics metrics;
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
  public ConnectionRegistry(
      WebSocketSettings settings,
      MessagingMetrics metrics,
      ConnectDeviceUseCase connect,
      DisconnectDeviceUseCase disconnect,
      KeepDevicesOnlineUseCase keepOnline,
      Clock clock) {
    this.clock = clock;
    this.settings = settings;
    this.metrics = metrics;
    this.connect = connect;
    this.disconnect = disconnect;
    this.keepOnline = keepOnline;
    long period = Math.max(1, settings.heartbeatTimeout().toMillis() / 6);
    timers.scheduleAtFixedRate(this::closeSilent, period, period, TimeUnit.MILLISECONDS);
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
  Connection open(UserId user, DeviceId device, WsSession session, Instant tokenExpires) {
    Connection connection =
        new Connection(
            user,
            device,
            session,
            settings.outgoingQueueCapacity(),
            writers,
            timers,
            clock.instant());
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
        online.computeIfAbsent(user, u -> new ConcurrentHashMap<>());
    Connection replaced = devices.put(device, connection);
    if (replaced != null) {
      replaced.close(CloseCodes.REPLACED, "replaced by a newer connection of the same device");
    }
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

  private void forget(Connection connection) {
    boolean[] removed = new boolean[1];
    online.computeIfPresent(
        connection.user(),
        (user, devices) -> {
          removed[0] = devices.remove(connection.device(), connection);
          return devices.isEmpty() ? null : devices;
        });
    if (removed[0]) {
      disconnect.disconnected(connection.user(), connection.device());
    }
  }

  @Override
  public void pushMessage(
      Message message,
      Collection<UserId> recipients,
      Map<UserId, Long> inboxSeqs,
      Optional<DeviceId> from) {
    FrameEncoder.PushFrames frames = null;
    int pushed = 0;
    for (UserId recipient : recipients) {
      Map<DeviceId, Connection> devices = online.get(recipient);
      if (devices == null) {
        continue;
      }
      String frame = null;
      for (Connection connection : devices.values()) {
        boolean sendingDevice =
            recipient.equals(message.sender()) && from.equals(Optional.of(connection.device()));
        if (!sendingDevice) {
          if (frame == null) {
            frames = frames == null ? new FrameEncoder.PushFrames(message) : frames;
            frame = frames.forInboxSeq(inboxSeqs.get(recipient));
          }
          pushed += connection.send(frame) ? 1 : 0;
        }
      }
    }
    metrics.messagesPushed(pushed);
  }

  @Override
  public void replacedElsewhere(UserId user, DeviceId device, Instant connectedAt) {
    Map<DeviceId, Connection> devices = online.get(user);
    Connection connection = devices == null ? null : devices.get(device);
    // Only an older connection gives way: the announcement of one that opened elsewhere before
    // this one may arrive after it.
    if (connection != null && connection.openedAt().isBefore(connectedAt)) {
      connection.close(CloseCodes.REPLACED, "replaced by a newer connection of the same device");
      forget(connection);
    }
  }

  @Override
  public void syncReadPosition(
      UserId user, ConversationId conversation, ReadPosition position, Optional<DeviceId> from) {
    Map<DeviceId, Connection> devices = online.get(user);
    if (devices == null) {
      return;
    }
    String frame = FrameEncoder.ackSync(conversation, position);
    devices.values().stream()
        .filter(connection -> !from.equals(Optional.of(connection.device())))
        .forEach(connection -> connection.send(frame));
  }

  @Override
  public void notice(UserId user, AccountNotice notice) {
    Map<DeviceId, Connection> devices = online.get(user);
    if (devices != null) {
      String frame = FrameEncoder.notice(notice);
      devices.values().forEach(connection -> connection.send(frame));
    }
  }

  @Override
  public void signal(Collection<UserId> recipients, Signal signal) {
    String frame = null;
    for (UserId recipient : recipients) {
      Map<DeviceId, Connection> devices = online.get(recipient);
      if (devices != null) {
        if (frame == null) {
          frame = FrameEncoder.signal(signal);
        }
        for (Connection connection : devices.values()) {
          connection.send(frame);
        }
      }
    }
  }

  /** Closes silent connections and tells presence which devices are still here. */
  private void closeSilent() {
    closeSilentConnections();
    List<UserDevice> alive = new ArrayList<>();
    online.forEach(
        (user, devices) ->
            devices.keySet().forEach(device -> alive.add(new UserDevice(user, device))));
    try {
      keepOnline.stillConnected(alive);
    } catch (RuntimeException e) {
      LOG.warning("could not refresh presence: " + e.getMessage());
    }
  }

  private void closeSilentConnections() {
    long now = System.nanoTime();
    long limit = settings.heartbeatTimeout().toNanos();
    online
        .values()
        .forEach(
            devices ->
                devices.values().stream()
                    .filter(connection -> connection.silentNanos(now) > limit)
                    .toList()
                    .forEach(
                        connection -> {
                          connection.close(CloseCodes.HEARTBEAT_TIMEOUT, "no heartbeat");
                          forget(connection);
                        }));
  }

  /** Closes every connection with "service restart", so clients reconnect elsewhere. */
  @Override
  public void close() {
    timers.shutdownNow();
    online
        .values()
        .forEach(
            devices ->
                devices
                    .values()
                    .forEach(
                        connection ->
                            connection.close(CloseCodes.SERVICE_RESTART, "server shutting down")));
    writers.shutdown();
    try {
      writers.awaitTermination(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
