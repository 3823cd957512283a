package org.lynxim.adapter.in.ws;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.lynxim.application.delivery.port.out.LocalDevices;
import org.lynxim.application.messaging.port.out.MessagingMetrics;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.notice.AccountNotice;
import org.lynxim.domain.notice.Audience;
import org.lynxim.domain.notice.Signal;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/**
 * The connections open on this node, by user and device, offered to the application as its {@link
 * LocalDevices} port: it holds the sessions, so it is the one that can push. A frame is encoded
 * once and queued on each recipient connection; nothing here waits for a device. Which connections
 * come and go is the {@link ConnectionRegistry}'s business.
 */
public final class LocalConnections implements LocalDevices, AutoCloseable {
  private final Map<UserId, Map<DeviceId, Connection>> online = new ConcurrentHashMap<>();
  private final MessagingMetrics metrics;
  private final GroupNotices notices;

  /** Devices connected to this node now. */
  public int count() {
    return online.values().stream().mapToInt(Map::size).sum();
  }

  public LocalConnections(MessagingMetrics metrics, Clock clock) {
    this.metrics = metrics;
    this.notices =
        new GroupNotices(
            clock,
            user -> {
              Map<DeviceId, Connection> devices = online.get(user);
              return devices == null ? List.of() : devices.values();
            });
  }

  /** Adds the connection; answers the user's devices here after it and the one it replaced. */
  Map<DeviceId, Connection> add(
      Connection connection, BiConsumer<Connection, Connection> onReplaced) {
    Map<DeviceId, Connection> devices =
        online.computeIfAbsent(connection.user(), u -> new ConcurrentHashMap<>());
    Connection replaced = devices.put(connection.device(), connection);
    if (replaced != null) {
      onReplaced.accept(connection, replaced);
    }
    return devices;
  }

  /** Removes the connection if it is still the device's current one; tells whether it was. */
  boolean remove(Connection connection) {
    boolean[] removed = new boolean[1];
    online.computeIfPresent(
        connection.user(),
        (user, devices) -> {
          removed[0] = devices.remove(connection.device(), connection);
          return devices.isEmpty() ? null : devices;
        });
    return removed[0];
  }

  /** Stops pacing the groups' notices (at shutdown, with the connections). */
  @Override
  public void close() {
    notices.close();
  }

  /** Every connection open here, at this moment. */
  List<Connection> all() {
    return online.values().stream().flatMap(devices -> devices.values().stream()).toList();
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

  /** The message to the focused devices here; the rest of the group is paced by the notices. */
  @Override
  public void pushStorm(
      Message message,
      Collection<UserId> recipients,
      Set<UserDevice> focused,
      Optional<DeviceId> sentFrom) {
    FrameEncoder.PushFrames frames = null;
    int pushed = 0;
    for (UserDevice device : focused) {
      Map<DeviceId, Connection> devices = online.get(device.user());
      Connection connection = devices == null ? null : devices.get(device.device());
      boolean sendingDevice =
          device.user().equals(message.sender()) && sentFrom.equals(Optional.of(device.device()));
      if (connection != null && !sendingDevice) {
        frames = frames == null ? new FrameEncoder.PushFrames(message) : frames;
        pushed += connection.send(frames.forInboxSeq(null)) ? 1 : 0;
      }
    }
    metrics.messagesPushed(pushed);
    notices.newMessage(message.conversationId(), message.seq(), recipients, focused);
  }

  @Override
  public void replacedElsewhere(UserId user, DeviceId device, Instant connectedAt) {
    Map<DeviceId, Connection> devices = online.get(user);
    Connection connection = devices == null ? null : devices.get(device);
    // Only an older connection gives way: the announcement of one that opened elsewhere before
    // this one may arrive after it.
    if (connection != null && connection.openedAt().isBefore(connectedAt)) {
      connection.close(CloseCodes.REPLACED, "replaced by a newer connection of the same device");
      // Its entry in the presence table is the other node's now: nothing to take off it.
      remove(connection);
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
  public void signal(Audience audience, Signal signal) {
    String frame = null;
    for (UserId recipient : audience.users()) {
      Map<DeviceId, Connection> devices = online.get(recipient);
      if (devices != null) {
        for (Connection connection : devices.values()) {
          if (audience.includes(recipient, connection.device())) {
            frame = frame == null ? FrameEncoder.signal(signal) : frame;
            connection.send(frame);
          }
        }
      }
    }
  }
}
