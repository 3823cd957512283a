package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard and the Prometheus alert rules in {@code deploy/grafana} name only metrics
 * a running node exports at {@code /observe/metrics}; a connected device shows in the gauge.
 */
class MetricsDashboardEndToEndTest extends OneNodeTest {
  private static final Path GRAFANA = Path.of("../deploy/grafana");
  private static final Pattern LYNX_METRIC = Pattern.compile("\\blynx_[a-z0-9_]+");

  @Test
  void every_metric_the_dashboard_and_the_alerts_name_is_exported() throws Exception {
    Set<String> exported = exported();
    assertThat(exported)
        .contains(
            "lynx_messages_sent_total",
            "lynx_connections",
            "lynx_refused_total",
            "lynx_pipeline_queued",
            "lynx_inbox_fill_lag_seconds",
            "lynx_push_webhook_retries_total",
            "lynx_pipeline_dead_lettered_total");

    List<String> expressions = new ArrayList<>();
    JsonNode dashboard = new ObjectMapper().readTree(GRAFANA.resolve("lynx-im.json").toFile());
    assertThat(dashboard.path("panels")).isNotEmpty();
    for (JsonNode panel : dashboard.path("panels")) {
      assertThat(panel.path("targets")).as(panel.path("title").asText()).isNotEmpty();
      panel.path("targets").forEach(target -> expressions.add(target.path("expr").asText()));
    }
    JsonNode rules =
        new ObjectMapper(new YAMLFactory()).readTree(GRAFANA.resolve("alerts.yaml").toFile());
    for (JsonNode group : rules.path("groups")) {
      for (JsonNode rule : group.path("rules")) {
        assertThat(rule.path("alert").asText()).isNotEmpty();
        expressions.add(rule.path("expr").asText());
      }
    }
    Set<String> named = new TreeSet<>();
    for (String expression : expressions) {
      Matcher matcher = LYNX_METRIC.matcher(expression);
      while (matcher.find()) {
        named.add(matcher.group());
      }
    }
    assertThat(named).hasSizeGreaterThanOrEqualTo(8).isSubsetOf(exported);
  }

  @Test
  void a_connected_device_shows_in_the_connections_gauge() throws Exception {
    String token = rest.registerAndLogin("metrics_" + System.nanoTime() % 100_000);
    try (ChatClient client = ChatClient.connect(node.port(), token, "phone")) {
      assertThat(value("lynx_connections")).isGreaterThanOrEqualTo(1.0);
    }
  }

  private static Set<String> exported() {
    Set<String> names = new TreeSet<>();
    for (String line : rest.get("/observe/metrics", null).text().lines().toList()) {
      if (!line.startsWith("#") && !line.isBlank()) {
        names.add(line.split("[{ ]", 2)[0]);
      }
    }
    return names;
  }

  private static double value(String metric) {
    return rest.get("/observe/metrics", null)
        .text()
        .lines()
        .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }
}
