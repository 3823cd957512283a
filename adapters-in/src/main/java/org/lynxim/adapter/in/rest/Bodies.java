package org.lynxim.adapter.in.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.RequestException;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.lynxim.adapter.in.json.Json;
import org.lynxim.domain.error.ContentTooLargeException;

/** Reading JSON requests and writing JSON answers. */
final class Bodies {
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,19}");

  /**
   * The largest JSON body read (the protocol's are a few KiB); the server takes larger bodies only
   * for file uploads.
   */
  static final int MAX_JSON_BYTES = 1024 * 1024;

  private Bodies() {}

  static ObjectNode read(ServerRequest request) {
    if (!request.content().hasEntity()) {
      throw new IllegalArgumentException("a JSON body is required");
    }
    if (request.headers().contentLength().orElse(0L) > MAX_JSON_BYTES) {
      throw new ContentTooLargeException(
          "a JSON body may hold at most " + MAX_JSON_BYTES + " bytes");
    }
    byte[] body;
    try (InputStream in = request.content().inputStream()) {
      body = in.readNBytes(MAX_JSON_BYTES + 1);
    } catch (RequestException | HttpException refused) {
      throw refused; // Helidon's own answer, such as 413 for a body over the server's limit
    } catch (CloseConnectionException timedOut) {
      throw timedOut; // the body stalled and was answered 408 (RequestDeadlines)
    } catch (IOException | RuntimeException cut) {
      // The client sent less than it announced, or closed its side early: its mistake.
      throw new UnreadableBodyException("the body could not be read whole");
    }
    if (body.length > MAX_JSON_BYTES) {
      throw new ContentTooLargeException(
          "a JSON body may hold at most " + MAX_JSON_BYTES + " bytes");
    }
    return Json.parseObject(body);
  }

  /** A wire record as the JSON answer. */
  static void send(ServerResponse response, int status, Object body) {
    response.status(status);
    response.header(HeaderNames.CONTENT_TYPE, "application/json");
    response.send(Json.writeBytes(body));
  }

  /** An optional integer query parameter; present, it must be an integer. */
  static OptionalLong queryLong(ServerRequest request, String name) {
    Optional<String> raw = request.query().first(name).asOptional();
    if (raw.isEmpty() || raw.get().isEmpty()) {
      return OptionalLong.empty();
    }
    // ASCII digits only: Long.parseLong also takes other scripts' digits and a leading '+'.
    if (!DECIMAL.matcher(raw.get()).matches()) {
      throw new IllegalArgumentException(name + " must be an integer");
    }
    try {
      return OptionalLong.of(Long.parseLong(raw.get()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an integer");
    }
  }
}
