package org.lynxim.adapter.in.rest;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.lynxim.application.messaging.port.in.UnreadSummaryUseCase;

/** {@code GET /api/v1/unread}: how much the caller has unread, muted conversations left out. */
public final class UnreadHttpEndpoint implements HttpService {
  private final UnreadSummaryUseCase unread;

  public UnreadHttpEndpoint(UnreadSummaryUseCase unread) {
    this.unread = unread;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/", this::unread);
  }

  private void unread(ServerRequest request, ServerResponse response) {
    UnreadSummaryUseCase.Summary summary = unread.unread(Caller.of(request));
    Bodies.send(response, 200, new Unread(summary.totalUnread(), summary.conversations()));
  }

  private record Unread(long totalUnread, int conversations) {}
}
