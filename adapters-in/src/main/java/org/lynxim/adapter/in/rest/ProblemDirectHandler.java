package org.lynxim.adapter.in.rest;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lynxim.adapter.in.json.Json;
import org.lynxim.adapter.in.wire.Problem;

/**
 * Answers the requests Helidon refuses before routing (a header section too large, a URI too long,
 * a body over the limit, a request line it cannot parse) with problem details, as every other REST
 * error, instead of plain text or an empty body. These are the client's mistakes: one short line at
 * debug level, never a stack trace.
 */
public final class ProblemDirectHandler implements DirectHandler {
  private static final Logger LOG = Logger.getLogger(ProblemDirectHandler.class.getName());

  @Override
  public TransportResponse handle(
      TransportRequest request,
      EventType eventType,
      Status status,
      ServerResponseHeaders headers,
      Throwable thrown) {
    LOG.log(Level.FINE, () -> "refused before routing: " + status + " " + thrown.getMessage());
    return handle(request, eventType, status, headers, thrown.getMessage());
  }

  @Override
  public TransportResponse handle(
      TransportRequest request,
      EventType eventType,
      Status status,
      ServerResponseHeaders headers,
      String message) {
    if (eventType == EventType.INTERNAL_ERROR && request == TransportRequest.empty()) {
      // Nothing of the request could be read: Helidon's parser refused its request line (a
      // control character in the method, say) and calls that an internal error. It is the
      // client's, and a 400 is also not logged with a stack trace as a 500 is.
      String refused = message;
      LOG.log(Level.FINE, () -> "unreadable request refused: " + refused);
      status = Status.BAD_REQUEST_400;
      message = "the request line could not be read";
    }
    String detail = message == null || message.isBlank() ? status.reasonPhrase() : message;
    headers.set(HeaderNames.CONTENT_TYPE, Problems.MEDIA_TYPE);
    return TransportResponse.builder()
        .status(status)
        .headers(headers)
        .entity(Json.writeBytes(Problem.of(status.code(), status.reasonPhrase(), detail)))
        .build();
  }
}
