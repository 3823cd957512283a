package org.lynxim.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import org.lynxim.application.call.port.in.IceServersUseCase;

/** {@code GET /api/v1/calls/ice-servers}: the STUN and TURN servers for the caller's calls. */
public final class CallsHttpEndpoint implements HttpService {
  private final IceServersUseCase iceServers;

  public CallsHttpEndpoint(IceServersUseCase iceServers) {
    this.iceServers = iceServers;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/ice-servers", this::iceServers);
  }

  private void iceServers(ServerRequest request, ServerResponse response) {
    IceServersUseCase.IceServers servers = iceServers.iceServers(Caller.of(request));
    Bodies.send(
        response,
        200,
        new IceServersBody(
            servers.servers().stream()
                .map(
                    server ->
                        new IceServerBody(
                            server.urls(),
                            server.username().orElse(null),
                            server.credential().orElse(null)))
                .toList(),
            servers.ttl().toSeconds()));
  }

  /** A STUN entry carries only its urls. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record IceServerBody(List<String> urls, String username, String credential) {}

  record IceServersBody(List<IceServerBody> iceServers, long ttl) {}
}
