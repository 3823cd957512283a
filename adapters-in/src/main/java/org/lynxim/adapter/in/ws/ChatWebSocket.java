package org.lynxim.adapter.in.ws;

import io.helidon.common.buffers.BufferData;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;
import io.helidon.websocket.WsUpgradeException;
import java.time.Instant;
import java.util.Optional;
import org.lynxim.application.account.port.in.AuthenticateUseCase;
import org.lynxim.domain.user.Authenticated;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * One WebSocket connection, from the authenticated upgrade to the close. Helidon runs each
 * connection on its own virtual thread and calls these methods on it, one frame after the other:
 * that is what keeps a connection's sends in the order they were written.
 */
public final class ChatWebSocket implements WsListener {
  private final AuthenticateUseCase authenticate;
  private final FrameDispatcher frames;
  private final ConnectionRegistry registry;
  private final int maxMessageBytes;
  private final StringBuilder fragments = new StringBuilder();
  private boolean oversize;
  private UserId user;
  private Instant tokenExpires;
  private DeviceId device;
  private Connection connection;

  ChatWebSocket(
      AuthenticateUseCase authenticate,
      FrameDispatcher frames,
      ConnectionRegistry registry,
      int maxBytes) {
    this.authenticate = authenticate;
    this.frames = frames;
    this.registry = registry;
    this.maxMessageBytes = maxBytes;
  }

  @Override
  public Optional<Headers> onHttpUpgrade(HttpPrologue prologue, Headers headers)
      throws WsUpgradeException {
    Upgrade upgrade = Upgrade.of(prologue.query(), headers);
    try {
      Authenticated authenticated = authenticate.authenticate(upgrade.token().orElse(null));
      user = authenticated.user();
      tokenExpires = authenticated.expiresAt();
      device = upgrade.device();
    } catch (RuntimeException refused) {
      // Falls through to the HTTP route on the same path, which answers 400 or 401.
      throw new WsUpgradeException(refused.getMessage());
    }
    return Optional.empty();
  }

  @Override
  public void onOpen(WsSession session) {
    connection = registry.open(user, device, new WebSocketTransport(session), tokenExpires);
  }

  @Override
  public void onMessage(WsSession session, String text, boolean last) {
    if (connection.isClosing()) {
      connection.closeRefused();
      return;
    }
    connection.heard();
    if (!last || !fragments.isEmpty()) {
      collect(text, last);
      return;
    }
    connection.answer(frames.answer(user, device, text));
  }

  /** A message in several frames: assembled, unless it grows past the limit. */
  private void collect(String text, boolean last) {
    if (!oversize) {
      fragments.append(text);
      oversize = fragments.length() > maxMessageBytes;
    }
    if (last) {
      String whole = fragments.toString();
      boolean tooLarge = oversize;
      fragments.setLength(0);
      oversize = false;
      if (tooLarge) {
        connection.send(frames.tooLarge());
      } else {
        connection.answer(frames.answer(user, device, whole));
      }
    }
  }

  @Override
  public void onMessage(WsSession session, BufferData buffer, boolean last) {
    connection.heard();
    if (last) {
      connection.send(frames.binaryFrame());
    }
  }

  @Override
  public void onPing(WsSession session, BufferData buffer) {
    connection.heard(); // a ping over 125 bytes never gets here: StrictWsConnection closes 1002
    connection.pong(buffer);
  }

  @Override
  public void onPong(WsSession session, BufferData buffer) {
    connection.heard();
  }

  @Override
  public void onClose(WsSession session, int status, String reason) {
    if (connection != null) {
      registry.closed(connection);
    }
  }

  @Override
  public void onError(WsSession session, Throwable t) {
    if (connection != null) {
      registry.closed(connection);
    }
  }

  /** What the upgrade request says about who connects. */
  record Upgrade(Optional<String> token, String deviceId) {
    static Upgrade of(io.helidon.common.uri.UriQuery query, Headers headers) {
      Optional<String> token = query.first("token").asOptional();
      if (token.isEmpty()) {
        token =
            headers
                .first(HeaderNames.AUTHORIZATION)
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).trim());
      }
      return new Upgrade(token, query.first("device_id").orElse(DeviceId.DEFAULT.value()));
    }

    DeviceId device() {
      return DeviceId.of(deviceId);
    }
  }
}
