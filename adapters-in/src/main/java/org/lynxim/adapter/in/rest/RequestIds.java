package org.lynxim.adapter.in.rest;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A request's id for the logs: the caller's {@code X-Request-Id} when it is a sane token (a proxy
 * or client that sets one can find its request in the logs), else a new one; echoed in the answer.
 */
final class RequestIds {
  static final HeaderName REQUEST_ID = HeaderNames.create("X-Request-Id");
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private RequestIds() {}

  static String of(RoutingRequest request, RoutingResponse response) {
    String id =
        request
            .headers()
            .first(REQUEST_ID)
            .filter(value -> SANE.matcher(value).matches())
            .orElseGet(() -> UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    response.header(REQUEST_ID, id);
    return id;
  }
}
