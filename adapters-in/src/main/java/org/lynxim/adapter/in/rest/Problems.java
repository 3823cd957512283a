package org.lynxim.adapter.in.rest;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import org.lynxim.adapter.in.ErrorReply;
import org.lynxim.adapter.in.json.Json;
import org.lynxim.adapter.in.wire.Problem;

/** RFC 9457 problem details, the body of every REST error. */
public final class Problems {
  static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  public static void send(ServerResponse response, ErrorReply reply) {
    send(response, reply.code(), reply.message(), reply.reasonName());
  }

  public static void send(ServerResponse response, int status, String detail) {
    send(response, status, detail, null);
  }

  private static void send(ServerResponse response, int status, String detail, String reason) {
    Problem problem = Problem.of(status, Status.create(status).reasonPhrase(), detail, reason);
    response.status(status);
    response.header(HeaderNames.CONTENT_TYPE, MEDIA_TYPE);
    if (status == 401) {
      response.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
    }
    if (status == 429 || status == 503) {
      response.header(HeaderNames.RETRY_AFTER, "1");
    }
    if (status == 413) {
      // The rest of the body is not read: the connection cannot carry another request.
      response.header(HeaderValues.CONNECTION_CLOSE);
    }
    response.send(Json.writeBytes(problem));
  }
}
