package org.lynxim.adapter.in.rest;

import io.helidon.webserver.http.HttpRouting;
import org.lynxim.adapter.in.ErrorReply;
import org.lynxim.adapter.in.UseCases;

/** Puts the REST API on a routing: the auth filter, the endpoints, and the one error mapping. */
public final class RestApi {
  private RestApi() {}

  public static void register(HttpRouting.Builder routing, UseCases useCases) {
    routing
        .addFilter(new BearerAuth(useCases.authenticate()))
        .register("/api/v1/auth", new AuthHttpEndpoint(useCases.register(), useCases.login()))
        .register("/api/v1/conversations", new ConversationsHttpEndpoint(useCases))
        .register("/api/v1/groups", new GroupsHttpEndpoint(useCases))
        .register("/api/v1/sync", new SyncHttpEndpoint(useCases.sync()))
        .any("/api/v1/*", (request, response) -> Problems.send(response, 404, "no such resource"))
        .error(
            Throwable.class,
            (request, response, failure) -> Problems.send(response, ErrorReply.of(failure)));
  }
}
