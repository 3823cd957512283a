package org.lynxim.adapter.in.web;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Headers that keep the page and the API from being misused by other sites: the page runs only its
 * own scripts and styles, talks only to its own origin, is never framed; no answer is sniffed into
 * another type; API answers (tokens, messages) are never cached.
 */
public final class SecurityHeaders implements Filter {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
          + " media-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  private static final HeaderName CONTENT_TYPE_OPTIONS =
      HeaderNames.create("X-Content-Type-Options");
  private static final HeaderName FRAME_OPTIONS = HeaderNames.create("X-Frame-Options");
  private static final HeaderName REFERRER_POLICY = HeaderNames.create("Referrer-Policy");
  private static final HeaderName CSP = HeaderNames.create("Content-Security-Policy");

  @Override
  public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
    response.header(CONTENT_TYPE_OPTIONS, "nosniff");
    response.header(REFERRER_POLICY, "no-referrer");
    response.header(FRAME_OPTIONS, "DENY");
    response.header(CSP, CONTENT_SECURITY_POLICY);
    if (request.path().path().startsWith("/api/")) {
      response.header(HeaderNames.CACHE_CONTROL, "no-store");
    }
    chain.proceed();
  }
}
