package org.lynxim.adapter.in.rest;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Arrays;
import java.util.List;
import org.lynxim.adapter.in.wire.PresenceBody;
import org.lynxim.application.presence.port.in.QueryPresenceUseCase;
import org.lynxim.domain.user.UserId;

/** {@code GET /api/v1/presence?user_ids=a,b}: whether friends are online, and since when not. */
public final class PresenceHttpEndpoint implements HttpService {
  private final QueryPresenceUseCase presence;

  public PresenceHttpEndpoint(QueryPresenceUseCase presence) {
    this.presence = presence;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/", this::presence);
  }

  private void presence(ServerRequest request, ServerResponse response) {
    String raw =
        request
            .query()
            .first("user_ids")
            .asOptional()
            .orElseThrow(() -> new IllegalArgumentException("user_ids is required"));
    String[] ids = raw.split(",", -1);
    if (ids.length > QueryPresenceUseCase.MAX_USERS) {
      throw new IllegalArgumentException(
          "user_ids must name 1 to " + QueryPresenceUseCase.MAX_USERS + " users");
    }
    List<UserId> users = Arrays.stream(ids).map(UserId::of).toList();
    Bodies.send(response, 200, PresenceBody.from(presence.presence(Caller.of(request), users)));
  }
}
