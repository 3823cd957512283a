package org.lynxim.adapter.in.rest;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderValues;
import io.helidon.http.HttpException;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.List;
import org.lynxim.adapter.in.ErrorReply;
import org.lynxim.application.account.port.in.AuthenticateUseCase;

/**
 * The REST API: the auth filter, the endpoints, and the one error mapping.
 *
 * @param authenticate checks the bearer token of every call but registering and logging in
 */
public record RestApi(
    AuthenticateUseCase authenticate,
    AuthHttpEndpoint auth,
    ConversationsHttpEndpoint conversations,
    GroupsHttpEndpoint groups,
    SyncHttpEndpoint sync,
    UsersHttpEndpoint users,
    DevicesHttpEndpoint devices,
    FriendsHttpEndpoint friends,
    BlocksHttpEndpoint blocks,
    PresenceHttpEndpoint presence,
    UnreadHttpEndpoint unread,
    ConfigHttpEndpoint config,
    FavoritesHttpEndpoint favorites,
    FilesHttpEndpoint files,
    CallsHttpEndpoint calls) {

  /**
   * The handlers for requests refused before routing (header section or URI too long, body over the
   * limit, unparsable request): problem details like every other error.
   */
  public static void refuseWithProblems(DirectHandlers.Builder handlers) {
    ProblemDirectHandler problems = new ProblemDirectHandler();
    for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
      handlers.addHandler(type, problems);
    }
  }

  /** Puts the API on a routing. */
  public void register(HttpRouting.Builder routing) {
    routing.addFilter(RestApi::closeUnderUnreadBodies).addFilter(new BearerAuth(authenticate));
    mount(routing);
    routing
        .any("/api/v1/*", (request, response) -> Problems.send(response, 404, "no such resource"))
        .error(HttpException.class, RestApi::httpFailure)
        .error(UnreadableBodyException.class, RestApi::unreadableBody)
        .error(
            Throwable.class,
            (request, response, failure) -> Problems.send(response, ErrorReply.of(failure)));
  }

  /** Every operation the API serves, as "METHOD /path" with the endpoints' path parameters. */
  public List<String> operations() {
    List<String> operations = new ArrayList<>();
    mount(new RouteRecorder("", operations));
    return List.copyOf(operations);
  }

  private void mount(HttpRules rules) {
    rules
        .register("/api/v1/auth", auth)
        .register("/api/v1/conversations", conversations)
        .register("/api/v1/groups", groups)
        .register("/api/v1/sync", sync)
        .register("/api/v1/users", users)
        .register("/api/v1/devices", devices)
        .register("/api/v1/friends", friends)
        .register("/api/v1/blocks", blocks)
        .register("/api/v1/presence", presence)
        .register("/api/v1/unread", unread)
        .register("/api/v1/config", config)
        .register("/api/v1/favorites", favorites)
        .register("/api/v1/files", files)
        .register("/api/v1/calls", calls);
  }

  /**
   * A body refused before it was read whole (413) is not read after the answer either: the
   * connection is closed under the answer, as Helidon closes it under its own 413. (The routing's
   * error handlers have answered by the time the chain returns.)
   */
  private static void closeUnderUnreadBodies(
      FilterChain chain, RoutingRequest request, RoutingResponse response) {
    chain.proceed();
    if (response.status().code() == 413 && !request.content().consumed()) {
      throw new CloseConnectionException("the rest of a body over the limit is not read");
    }
  }

  /** A body that could not be read to its end leaves no way to find the next request: closed. */
  private static void unreadableBody(
      ServerRequest request, ServerResponse response, UnreadableBodyException failure) {
    response.header(HeaderValues.CONNECTION_CLOSE);
    Problems.send(response, ErrorReply.of(failure));
  }

  /**
   * Helidon's own answers that travel as exceptions: 304 from the web page's files (the browser's
   * copy is current), 404 for a path nothing serves, 405 and the like. The client's doing, never a
   * server error.
   */
  private static void httpFailure(
      ServerRequest request, ServerResponse response, HttpException failure) {
    int status = failure.status().code();
    if (status < 400) {
      response.status(failure.status()).send();
    } else {
      Problems.send(response, status, failure.getMessage());
    }
  }
}
