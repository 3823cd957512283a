package org.lynxim.adapter.in.ws;

import io.helidon.common.buffers.BufferData;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.http.NotFoundException;
import io.helidon.http.RequestException;
import io.helidon.http.WritableHeaders;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.ProtocolConfigs;
import io.helidon.webserver.http1.spi.Http1UpgradeProvider;
import io.helidon.webserver.http1.spi.Http1Upgrader;
import io.helidon.webserver.spi.ServerConnection;
import io.helidon.webserver.websocket.WsConfig;
import io.helidon.webserver.websocket.WsRoute;
import io.helidon.webserver.websocket.WsRouting;
import io.helidon.webserver.websocket.WsUpgrader;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsUpgradeException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Upgrades {@code GET /ws} to a {@link StrictWsConnection} instead of Helidon's own WebSocket
 * connection: the same handshake (key, version, origins, the listener's {@code onHttpUpgrade}), the
 * same routes and {@code server.protocols.websocket} settings.
 */
final class StrictWsUpgrader extends WsUpgrader {
  private final WsConfig config;

  private StrictWsUpgrader(WsConfig config) {
    super(config);
    this.config = config;
  }

  @Override
  public ServerConnection upgrade(
      ConnectionContext connection, HttpPrologue prologue, WritableHeaders<?> headers) {
    if (!headers.contains(WS_KEY)) {
      return null; // not a WebSocket handshake: the HTTP routes answer it
    }
    String key = headers.get(WS_KEY).get();
    String version = headers.first(WS_VERSION).orElse(SUPPORTED_VERSION);
    if (!SUPPORTED_VERSION.equals(version)) {
      throw RequestException.builder()
          .type(DirectHandler.EventType.BAD_REQUEST)
          .message("Unsupported WebSocket Version")
          .header(SUPPORTED_VERSION_HEADER)
          .build();
    }
    WsRoute route;
    try {
      route = connection.router().routing(WsRouting.class, WsRouting.empty()).findRoute(prologue);
    } catch (NotFoundException noRoute) {
      return null;
    }
    Optional<String> origin = headers.first(HeaderNames.ORIGIN);
    if (!anyOrigin() && origin.isPresent() && !origins().contains(origin.get())) {
      throw RequestException.builder()
          .type(DirectHandler.EventType.FORBIDDEN)
          .message("Invalid Origin")
          .build();
    }
    WsListener listener = route.listener();
    Optional<Headers> answerHeaders;
    try {
      answerHeaders = listener.onHttpUpgrade(prologue, headers);
    } catch (WsUpgradeException refused) {
      return null; // the HTTP route on the same path answers why
    }
    BufferData answer = BufferData.growing(256);
    answer.write(
        (SWITCHING_PROTOCOL_PREFIX + hash(connection, key) + "\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    answerHeaders.ifPresent(extra -> extra.forEach(header -> header.writeHttp1Header(answer)));
    answer.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    connection.dataWriter().write(answer);
    return new StrictWsConnection(
        connection,
        listener,
        answerHeaders.orElseGet(WritableHeaders::create),
        config.maxFrameLength());
  }

  /**
   * Found by Helidon's HTTP/1.1 connections through the service loader, ahead of Helidon's own
   * WebSocket provider (a higher weight): the first provider of a protocol is the one used.
   */
  public static final class Provider
      implements Http1UpgradeProvider<WsConfig>, io.helidon.common.Weighted {
    /** For the service loader. */
    public Provider() {}

    @Override
    public String protocolType() {
      return "websocket";
    }

    @Override
    public Class<WsConfig> protocolConfigType() {
      return WsConfig.class;
    }

    @Override
    public Http1Upgrader create(WsConfig config, ProtocolConfigs configs) {
      return new StrictWsUpgrader(config);
    }

    @Override
    public double weight() {
      return DEFAULT_WEIGHT + 100;
    }
  }
}
