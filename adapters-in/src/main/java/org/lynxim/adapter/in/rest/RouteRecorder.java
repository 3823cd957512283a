package org.lynxim.adapter.in.rest;

import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.List;

/**
 * Rules that only write down each route as "METHOD /path": the endpoints register on it as on the
 * real routing, so the list of operations is the one the server serves (the OpenAPI document is
 * compared with it).
 */
final class RouteRecorder implements HttpRules {
  private final String prefix;
  private final List<String> operations;

  RouteRecorder(String prefix, List<String> operations) {
    this.prefix = prefix;
    this.operations = operations;
  }

  @Override
  public HttpRules register(HttpService... services) {
    for (HttpService service : services) {
      service.routing(this);
    }
    return this;
  }

  @Override
  public HttpRules register(String path, HttpService... services) {
    RouteRecorder nested = new RouteRecorder(prefix + path, operations);
    for (HttpService service : services) {
      service.routing(nested);
    }
    return this;
  }

  @Override
  public HttpRules route(HttpRoute route) {
    throw new UnsupportedOperationException("endpoints route by method and path");
  }

  @Override
  public HttpRules get(String path, Handler... handlers) {
    return record("GET", path);
  }

  @Override
  public HttpRules post(String path, Handler... handlers) {
    return record("POST", path);
  }

  @Override
  public HttpRules put(String path, Handler... handlers) {
    return record("PUT", path);
  }

  @Override
  public HttpRules patch(String path, Handler... handlers) {
    return record("PATCH", path);
  }

  @Override
  public HttpRules delete(String path, Handler... handlers) {
    return record("DELETE", path);
  }

  private HttpRules record(String method, String path) {
    String full = (prefix + path).replaceAll("/+$", "");
    operations.add(method + " " + (full.isEmpty() ? "/" : full));
    return this;
  }
}
