package org.lynxim.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A scenario's results: named values and latency histograms (microseconds), as table, JSON, PNG.
 */
final class Report {
  static final double[] PERCENTILES = {50, 90, 99, 99.9};

  private final String scenario;
  private final Map<String, Object> settings = new LinkedHashMap<>();
  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Map<String, Histogram> latencies = new LinkedHashMap<>();

  Report(String scenario) {
    this.scenario = scenario;
  }

  Report setting(String name, Object value) {
    settings.put(name, value);
    return this;
  }

  Report value(String name, Object value) {
    values.put(name, value);
    return this;
  }

  Report latency(String name, Histogram micros) {
    latencies.put(name, micros);
    return this;
  }

  Object get(String name) {
    return values.get(name);
  }

  Histogram histogram(String name) {
    return latencies.get(name);
  }

  void print(PrintStream out) {
    out.println();
    out.println("== " + scenario + " " + settings);
    values.forEach((name, value) -> out.printf(Locale.ROOT, "  %-28s %s%n", name, format(value)));
    if (!latencies.isEmpty()) {
      out.printf(
          Locale.ROOT,
          "  %-28s %10s %10s %10s %10s %10s %10s%n",
          "latency (ms)",
          "p50",
          "p90",
          "p99",
          "p99.9",
          "max",
          "count");
      latencies.forEach(
          (name, h) ->
              out.printf(
                  Locale.ROOT,
                  "  %-28s %10.2f %10.2f %10.2f %10.2f %10.2f %10d%n",
                  name,
                  ms(h.getValueAtPercentile(50)),
                  ms(h.getValueAtPercentile(90)),
                  ms(h.getValueAtPercentile(99)),
                  ms(h.getValueAtPercentile(99.9)),
                  ms(h.getMaxValue()),
                  h.getTotalCount()));
    }
  }

  void writeJson(Path file) throws IOException {
    ObjectNode root = Server.JSON.createObjectNode();
    root.put("scenario", scenario);
    root.set("settings", Server.JSON.valueToTree(settings));
    root.set("values", Server.JSON.valueToTree(values));
    ObjectNode latencyNode = root.putObject("latency_ms");
    latencies.forEach(
        (name, h) -> {
          ObjectNode one = latencyNode.putObject(name);
          for (double p : PERCENTILES) {
            one.put("p" + format(p), ms(h.getValueAtPercentile(p)));
          }
          one.put("max", ms(h.getMaxValue()));
          one.put("mean", h.getMean() / 1000.0);
          one.put("count", h.getTotalCount());
        });
    createParent(file);
    Server.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
  }

  /** The latency percentile distribution: x is 1/(1-p), so 10 is p90, 100 p99, 1000 p99.9. */
  /** Writes the latency plot; false (and no file) when the run measured no latency. */
  boolean plot(Path file) throws IOException {
    if (latencies.values().stream().allMatch(h -> h.getTotalCount() == 0)) {
      return false;
    }
    System.setProperty("java.awt.headless", "true");
    XYChart chart =
        new XYChartBuilder()
            .width(900)
            .height(520)
            .title("Lynx IM " + scenario + " " + settings)
            .xAxisTitle("percentile (10 = p90, 100 = p99, 1000 = p99.9)")
            .yAxisTitle("latency (ms)")
            .build();
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(12f));
    latencies.forEach(
        (name, h) -> {
          if (h.getTotalCount() == 0) {
            return;
          }
          List<Double> x = new ArrayList<>();
          List<Double> y = new ArrayList<>();
          for (HistogramIterationValue v : h.percentiles(5)) {
            double p = v.getPercentileLevelIteratedTo();
            if (p >= 100.0) {
              break;
            }
            x.add(1.0 / (1.0 - p / 100.0));
            y.add(ms(v.getValueIteratedTo()));
          }
          if (!x.isEmpty()) {
            chart.addSeries(name, x, y).setMarker(SeriesMarkers.NONE);
          }
        });
    createParent(file);
    String path = file.toString();
    BitmapEncoder.saveBitmap(
        chart,
        path.endsWith(".png") ? path.substring(0, path.length() - 4) : path,
        BitmapEncoder.BitmapFormat.PNG);
    return true;
  }

  static double ms(long micros) {
    return micros / 1000.0;
  }

  private static String format(Object value) {
    if (value instanceof Double d) {
      return d == Math.rint(d)
          ? String.valueOf(d.longValue())
          : String.format(Locale.ROOT, "%.2f", d);
    }
    return String.valueOf(value);
  }

  private static void createParent(Path file) throws IOException {
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
  }
}
