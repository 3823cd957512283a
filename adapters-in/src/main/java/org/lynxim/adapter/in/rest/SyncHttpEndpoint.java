package org.lynxim.adapter.in.rest;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.lynxim.adapter.in.Requests;
import org.lynxim.adapter.in.wire.SyncAnswer;
import org.lynxim.application.messaging.port.in.SyncInboxUseCase;
import org.lynxim.domain.conversation.SyncCursor;

/** {@code GET /api/v1/sync}: everything new in the caller's inbox after a cursor. */
public final class SyncHttpEndpoint implements HttpService {
  private final SyncInboxUseCase sync;

  public SyncHttpEndpoint(SyncInboxUseCase sync) {
    this.sync = sync;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/", this::sync);
  }

  private void sync(ServerRequest request, ServerResponse response) {
    SyncCursor cursor =
        Requests.syncCursor(
            Bodies.queryLong(request, "cursor"), Bodies.queryLong(request, "limit"));
    Bodies.send(response, 200, SyncAnswer.from(sync.sync(Caller.of(request), cursor)));
  }
}
