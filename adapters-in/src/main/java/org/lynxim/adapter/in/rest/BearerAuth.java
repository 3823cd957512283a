package org.lynxim.adapter.in.rest;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import org.lynxim.adapter.in.ErrorReply;
import org.lynxim.adapter.in.LogContext;
import org.lynxim.application.account.port.in.AuthenticateUseCase;

/** Every {@code /api/v1} call but registration and login needs a valid bearer token. */
public final class BearerAuth implements Filter {
  private static final String API = "/api/v1/";
  private static final String OPEN = "/api/v1/auth/";
  private static final String CONFIG = "/api/v1/config";

  private final AuthenticateUseCase authenticate;

  public BearerAuth(AuthenticateUseCase authenticate) {
    this.authenticate = authenticate;
  }

  @Override
  public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
    String path = request.path().path();
    if (!path.startsWith(API)) {
      chain.proceed();
      return;
    }
    String requestId = RequestIds.of(request, response);
    if (path.startsWith(OPEN) || path.equals(CONFIG)) {
      new LogContext().with(LogContext.REQUEST, requestId).run(() -> proceed(chain));
      return;
    }
    String token =
        request
            .headers()
            .first(HeaderNames.AUTHORIZATION)
            .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
            .map(value -> value.substring(7).trim())
            .orElse(null);
    Caller caller;
    try {
      caller = new Caller(authenticate.authenticate(token).user());
    } catch (RuntimeException refused) {
      Problems.send(response, ErrorReply.of(refused));
      return;
    }
    request.context().register(caller);
    new LogContext()
        .with(LogContext.USER, caller.user().value())
        .with(LogContext.REQUEST, requestId)
        .run(() -> proceed(chain));
  }

  private static Void proceed(FilterChain chain) {
    chain.proceed();
    return null;
  }
}
