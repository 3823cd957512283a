package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/config}: the configured limits, to anyone. */
class ConfigEndToEndTest {
  @TempDir static Path data;
  static LynxServer node;

  @BeforeAll
  static void start() {
    node =
        TestNode.start(
            data,
            Map.of(
                "lynx.groups.max.members", "321",
                "lynx.recall.window", "PT5M",
                "lynx.max.devices", "7"));
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  @Test
  void the_limits_are_the_configured_ones_and_need_no_token() {
    RestClient.Answer answer =
        new RestClient(node.port()).call("GET", "/api/v1/config", null, null);

    assertThat(answer.status()).isEqualTo(200);
    JsonNode config = answer.body();
    assertThat(config.get("protocol").asText()).isEqualTo("1.2");
    assertThat(config.get("max_content_bytes").asInt()).isEqualTo(4096);
    assertThat(config.get("max_stream_bytes").asInt()).isEqualTo(65536);
    assertThat(config.get("max_upload_bytes").asLong()).isEqualTo(20971520);
    assertThat(config.get("recall_window_s").asLong()).isEqualTo(300);
    assertThat(config.get("edit_window_s").asLong()).isEqualTo(86400);
    assertThat(config.get("inbox_max_members").asInt()).isEqualTo(500);
    assertThat(config.get("storm_members").asInt()).isEqualTo(1000);
    assertThat(config.get("max_group_members").asInt()).isEqualTo(321);
    assertThat(config.get("call_ring_s").asLong()).isEqualTo(45);
    assertThat(config.get("stream_idle_s").asLong()).isEqualTo(60);
    assertThat(config.get("unreferenced_file_ttl_s").asLong()).isEqualTo(86400);
    assertThat(config.has("tcp_port")).isTrue();
    assertThat(config.get("tcp_port").isNull()).isTrue();
    assertThat(config.get("max_devices").asInt()).isEqualTo(7);
  }
}
