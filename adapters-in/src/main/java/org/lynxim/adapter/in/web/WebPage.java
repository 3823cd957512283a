package org.lynxim.adapter.in.web;

import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.staticcontent.StaticContentService;

/**
 * The web chat page at {@code /}: plain files from the classpath ({@code web/}), which speak the
 * same REST and WebSocket protocol as any other client. Nothing to build: the files are served as
 * they are.
 */
public final class WebPage {
  private WebPage() {}

  /**
   * Registers the page after the API, so that the API's paths are never taken for files, and the
   * security headers on every answer.
   */
  public static void register(HttpRouting.Builder routing) {
    routing.addFilter(new SecurityHeaders());
    routing.register(
        "/", StaticContentService.builder("web").welcomeFileName("index.html").build());
  }
}
