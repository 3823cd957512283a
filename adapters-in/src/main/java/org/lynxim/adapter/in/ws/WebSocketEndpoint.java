package org.lynxim.adapter.in.ws;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.websocket.WsRouting;
import org.lynxim.adapter.in.ErrorReply;
import org.lynxim.adapter.in.rest.Problems;
import org.lynxim.application.account.port.in.AuthenticateUseCase;
import org.lynxim.application.call.port.in.SignalCallUseCase;
import org.lynxim.application.delivery.port.in.FocusConversationUseCase;
import org.lynxim.application.messaging.port.in.AckMessagesUseCase;
import org.lynxim.application.messaging.port.in.EditMessageUseCase;
import org.lynxim.application.messaging.port.in.PullMessagesUseCase;
import org.lynxim.application.messaging.port.in.RecallMessageUseCase;
import org.lynxim.application.messaging.port.in.SendMessageUseCase;
import org.lynxim.application.messaging.port.in.SignalTypingUseCase;
import org.lynxim.application.messaging.port.in.SyncInboxUseCase;

/**
 * {@code /ws}: the WebSocket route, and an HTTP route on the same path for requests whose upgrade
 * was refused (Helidon lets those fall through to HTTP routing): 400 for a bad device_id, 401 for a
 * missing or bad token, 426 for a plain GET.
 */
public final class WebSocketEndpoint implements HttpService {
  public static final String PATH = "/ws";

  private final AuthenticateUseCase authenticate;
  private final ConnectionRegistry registry;
  private final WebSocketSettings settings;
  private final FrameDispatcher frames;

  /** The use cases a connection drives, and this node's connections. */
  public WebSocketEndpoint(
      AuthenticateUseCase authenticate,
      SendMessageUseCase send,
      PullMessagesUseCase pull,
      AckMessagesUseCase ack,
      SyncInboxUseCase sync,
      SignalTypingUseCase typing,
      RecallMessageUseCase recall,
      EditMessageUseCase edit,
      StreamFrames streams,
      SignalCallUseCase calls,
      FocusConversationUseCase focus,
      ConnectionRegistry registry,
      WebSocketSettings settings) {
    this.authenticate = authenticate;
    this.registry = registry;
    this.settings = settings;
    this.frames =
        new FrameDispatcher(send, pull, ack, sync, typing, recall, edit, streams, calls, focus);
  }

  AuthenticateUseCase authenticate() {
    return authenticate;
  }

  FrameDispatcher frames() {
    return frames;
  }

  ConnectionRegistry registry() {
    return registry;
  }

  public WsRouting.Builder wsRouting() {
    return WsRouting.builder()
        .endpoint(
            PATH,
            () -> new ChatWebSocket(authenticate, frames, registry, settings.maxMessageBytes()));
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get(PATH, this::refused);
  }

  private void refused(ServerRequest request, ServerResponse response) {
    ChatWebSocket.Upgrade upgrade = ChatWebSocket.Upgrade.of(request.query(), request.headers());
    try {
      // PROTOCOL.md orders 401 before 400: a bad token wins over a bad device_id.
      authenticate.authenticate(upgrade.token().orElse(null));
      upgrade.device();
    } catch (RuntimeException refused) {
      Problems.send(response, ErrorReply.of(refused));
      return;
    }
    Problems.send(
        response,
        Status.UPGRADE_REQUIRED_426.code(),
        "this endpoint speaks WebSocket: send an upgrade request");
  }
}
