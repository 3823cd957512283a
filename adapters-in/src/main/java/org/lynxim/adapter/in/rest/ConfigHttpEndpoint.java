package org.lynxim.adapter.in.rest;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.lynxim.adapter.in.wire.ClientConfig;

/** {@code GET /api/v1/config}: the server's limits, for anyone (no token needed). */
public final class ConfigHttpEndpoint implements HttpService {
  private final ClientConfig config;

  public ConfigHttpEndpoint(ClientConfig config) {
    this.config = config;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/", this::config);
  }

  private void config(ServerRequest request, ServerResponse response) {
    Bodies.send(response, 200, config);
  }
}
