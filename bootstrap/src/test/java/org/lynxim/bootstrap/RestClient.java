package org.lynxim.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** A test's REST client. */
final class RestClient {
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  RestClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  record Answer(int status, JsonNode body, String contentType, String text) {}

  Answer call(String method, String path, String token, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
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
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String contentType = response.headers().firstValue("content-type").orElse("");
      JsonNode json =
          contentType.contains("json") && !response.body().isEmpty()
              ? ChatClient.JSON.readTree(response.body())
              : null;
      return new Answer(response.statusCode(), json, contentType, response.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  Answer get(String path, String token) {
    return call("GET", path, token, null);
  }

  Answer post(String path, String token, String body) {
    return call("POST", path, token, body);
  }

  /** Every message of a conversation, pulled page by page over REST. */
  List<JsonNode> pullAll(String conversation, String token) {
    List<JsonNode> messages = new ArrayList<>();
    long cursor = 0;
    boolean more = true;
    while (more) {
      JsonNode page =
          get(
                  "/api/v1/conversations/"
                      + conversation
                      + "/messages?limit=200&cursor_seq="
                      + cursor,
                  token)
              .body();
      page.get("messages").forEach(messages::add);
      cursor = page.get("next_cursor_seq").asLong();
      more = page.get("has_more").asBoolean();
    }
    return messages;
  }

  /** Registers the user (password "password-NAME") and returns a token. */
  String registerAndLogin(String name) {
    String credentials = "{\"username\":\"" + name + "\",\"password\":\"password-" + name + "\"}";
    Answer registered = post("/api/v1/auth/register", null, credentials);
    if (registered.status() != 201) {
      throw new AssertionError("register " + name + ": " + registered);
    }
    return login(name);
  }

  String login(String name) {
    String credentials = "{\"username\":\"" + name + "\",\"password\":\"password-" + name + "\"}";
    return post("/api/v1/auth/login", null, credentials).body().get("token").asText();
  }
}
