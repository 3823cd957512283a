package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.logging.jul.HelidonJsonFormatter;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lynxim.adapter.in.LogContext;

/**
 * {@code LYNX_LOG_FORMAT=json}: every line a node writes is one JSON object naming the node; a line
 * logged while a request or frame is handled names its user, device, conversation and request; REST
 * answers carry the request's id ({@code X-Request-Id}, the caller's or a new one).
 */
class JsonLogsEndToEndTest {
  @TempDir Path data;

  @Test
  void a_node_writes_one_json_object_per_line_and_echoes_request_ids() throws Exception {
    NodeProcess node =
        NodeProcess.start(data, Map.of("LYNX_LOG_FORMAT", "json", "LYNX_CLUSTER_NODE", "n7"));
    try {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + node.port();
      HttpResponse<String> named =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/config"))
                  .header("X-Request-Id", "trace-42")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(named.headers().firstValue("X-Request-Id")).hasValue("trace-42");
      HttpResponse<String> unnamed =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/conversations")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(unnamed.statusCode()).isEqualTo(401);
      assertThat(unnamed.headers().firstValue("X-Request-Id"))
          .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{16}"));
    } finally {
      node.process().destroy();
      assertThat(node.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    List<String> lines = Files.readAllLines(data.resolve("node.log"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("Lynx IM serving on port"));
    for (String line : lines) {
      if (line.startsWith("WARNING: ") || line.isBlank()) {
        continue; // the JVM's own warnings (sun.misc.Unsafe), before any logger exists
      }
      JsonNode event = ChatClient.JSON.readTree(line);
      assertThat(event.path("node").asText()).as(line).isEqualTo("n7");
      assertThat(event.path("level").asText()).as(line).isNotEmpty();
      assertThat(event.path("logger").asText()).as(line).isNotEmpty();
      assertThat(event.has("message")).as(line).isTrue();
    }
  }

  @Test
  void a_line_logged_while_a_frame_is_handled_names_its_user_device_conversation_and_request()
      throws Exception {
    LogFormat.useJson("n8");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StreamHandler capture = new StreamHandler(out, new HelidonJsonFormatter());
    Logger logger = Logger.getLogger("lynx.test.json");
    logger.addHandler(capture);
    try {
      new LogContext()
          .with(LogContext.USER, "alice")
          .with(LogContext.DEVICE, "phone")
          .with(LogContext.CONVERSATION, "dm:alice:bob")
          .with(LogContext.REQUEST, "r1")
          .run(
              () -> {
                logger.log(Level.WARNING, "answering 503: \"quoted\"");
                return null;
              });
      logger.info("outside any request");
      capture.flush();
    } finally {
      logger.removeHandler(capture);
      // The plain format again for the tests after this one.
      try (var usual = LogFormat.class.getResourceAsStream("/logging.properties")) {
        LogManager.getLogManager().readConfiguration(usual);
      }
    }
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode inside = ChatClient.JSON.readTree(lines.get(0));
    assertThat(inside.path("user").asText()).isEqualTo("alice");
    assertThat(inside.path("device").asText()).isEqualTo("phone");
    assertThat(inside.path("conversation").asText()).isEqualTo("dm:alice:bob");
    assertThat(inside.path("request").asText()).isEqualTo("r1");
    assertThat(inside.path("message").asText()).isEqualTo("answering 503: \"quoted\"");
    assertThat(inside.path("node").asText()).isEqualTo("n8");
    JsonNode outside = ChatClient.JSON.readTree(lines.get(1));
    assertThat(outside.has("user")).isFalse();
    assertThat(outside.has("request")).isFalse();
  }
}
