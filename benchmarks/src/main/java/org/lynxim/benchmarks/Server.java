package org.lynxim.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server under test, reached over its wire protocol only: REST for accounts and groups,
 * WebSockets for everything measured. Several HTTP clients share the REST calls, since each JDK
 * client runs one selector thread.
 */
final class Server {
  static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final List<HttpClient> clients;
  private final AtomicInteger next = new AtomicInteger();
  private final WebSockets webSockets;

  Server(URI base, int clientThreads, WebSockets webSockets) {
    String host = base.getHost();
    if (!host.equals("localhost") && !host.startsWith("127.") && !host.equals("[::1]")) {
      throw new IllegalArgumentException("load is only ever sent to loopback, not " + host);
    }
    this.base = base;
    this.webSockets = webSockets;
    this.clients =
        java.util.stream.IntStream.range(0, Math.max(1, clientThreads))
            .mapToObj(i -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build())
            .toList();
  }

  private HttpClient client() {
    return clients.get(Math.floorMod(next.getAndIncrement(), clients.size()));
  }

  URI base() {
    return base;
  }

  /**
   * A token for the user, registering it first if it does not exist yet. Registers before logging
   * in (a taken name is a 409, no harm): a login of a user that does not exist yet would count as a
   * failed login, and the server refuses an address too many of those.
   */
  String token(String user, String password) {
    String credentials =
        JSON.createObjectNode().put("username", user).put("password", password).toString();
    Response registered = post("/api/v1/auth/register", null, credentials);
    if (registered.status() != 201 && registered.status() != 409) {
      throw new IllegalStateException("cannot register " + user + ": " + registered);
    }
    Response login = post("/api/v1/auth/login", null, credentials);
    if (login.status() != 200) {
      throw new IllegalStateException("cannot log in " + user + ": " + login);
    }
    return login.body().get("token").asText();
  }

  record Response(int status, JsonNode body, String text) {}

  Response get(String path, String token) {
    return call("GET", path, token, null);
  }

  Response patch(String path, String token, String body) {
    return call("PATCH", path, token, body);
  }

  Response post(String path, String token, String body) {
    return call("POST", path, token, body);
  }

  /** {@code POST /api/v1/files}: the bytes as the part {@code file} of a multipart body. */
  Response upload(String token, String filename, byte[] bytes) {
    String boundary = "lynx-loadgen-" + System.nanoTime();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + filename
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/api/v1/files"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofString(head),
                    HttpRequest.BodyPublishers.ofByteArray(bytes),
                    HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")))
            .build();
    try {
      HttpResponse<String> response = client().send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), JSON.readTree(response.body()), response.body());
    } catch (IOException e) {
      throw new IllegalStateException("upload failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** A download read to its end and dropped: its status and how many bytes came. */
  record Downloaded(int status, long bytes) {}

  Downloaded download(String path, String token) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .build();
    try {
      HttpResponse<InputStream> response =
          client().send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        return new Downloaded(
            response.statusCode(), body.transferTo(OutputStream.nullOutputStream()));
      }
    } catch (IOException e) {
      throw new IllegalStateException("download failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private Response call(String method, String path, String token, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> response =
          client().send(request.build(), HttpResponse.BodyHandlers.ofString());
      String contentType = response.headers().firstValue("content-type").orElse("");
      JsonNode json = contentType.contains("json") ? JSON.readTree(response.body()) : null;
      return new Response(response.statusCode(), json, response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Opens a WebSocket for the user's device; frames go to the handler. */
  Conn connect(String token, String device, Conn.Handler handler) {
    String scheme = base.getScheme().equals("https") ? "wss" : "ws";
    URI uri =
        URI.create(
            scheme + "://" + base.getAuthority() + "/ws?token=" + token + "&device_id=" + device);
    return webSockets.open(uri, handler);
  }
}
