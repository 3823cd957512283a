package org.lynxim.adapter.in.rest;

import io.helidon.webserver.http.ServerRequest;
import org.lynxim.domain.user.UserId;

/** The authenticated user of a REST request, put in the request context by {@link BearerAuth}. */
record Caller(UserId user) {
  static UserId of(ServerRequest request) {
    return request
        .context()
        .get(Caller.class)
        .map(Caller::user)
        .orElseThrow(() -> new IllegalStateException("no authenticated caller"));
  }
}
