package org.lynxim.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/** Uploads as a browser sends them (multipart/form-data) and downloads with any headers. */
final class FileClient {
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  FileClient(int port) {
    this.base = "http://127.0.0.1:" + port + "/api/v1/files";
  }

  record Uploaded(int status, JsonNode body) {
    String fileId() {
      return body.get("file_id").asText();
    }
  }

  record Downloaded(int status, byte[] body, HttpHeaders headers) {
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  Uploaded upload(String token, String part, String filename, String type, byte[] bytes) {
    return upload(token, part, filename, type, HttpRequest.BodyPublishers.ofByteArray(bytes));
  }

  Uploaded upload(String token, String filename, Path file) {
    try {
      return upload(
          token,
          "file",
          filename,
          "application/octet-stream",
          HttpRequest.BodyPublishers.ofFile(file));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private Uploaded upload(
      String token, String part, String filename, String type, HttpRequest.BodyPublisher bytes) {
    String boundary = "lynx-" + UUID.randomUUID();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nnot the file\r\n"
            + "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + part
            + "\"; filename=\""
            + filename
            + "\"\r\nContent-Type: "
            + type
            + "\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                    bytes,
                    HttpRequest.BodyPublishers.ofString(tail)))
            .build();
    HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
    try {
      return new Uploaded(response.statusCode(), ChatClient.JSON.readTree(response.body()));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  Downloaded get(String path, String token, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
    headers.forEach(request::header);
    HttpResponse<byte[]> response = send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    return new Downloaded(response.statusCode(), response.body(), response.headers());
  }

  Downloaded get(String path, String token) {
    return get(path, token, Map.of());
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request, handler);
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
