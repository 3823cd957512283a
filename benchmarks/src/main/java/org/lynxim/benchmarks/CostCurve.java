package org.lynxim.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * How a scenario's cost grows with one setting: several runs' JSON results, each a point of
 * throughput (left axis) and p99 latency (right axis) over that setting (logarithmic x), in one
 * PNG, and the same as a table on stdout.
 */
final class CostCurve {
  record Point(double x, double throughput, double p99) {}

  private CostCurve() {}

  /**
   * @param results the runs' JSON files
   * @param setting the setting that varies (a key of "settings", or of "values")
   * @param throughput the value that measures throughput (a key of "values")
   * @param latency the latency whose p99 is drawn (a key of "latency_ms")
   */
  static List<Point> points(List<Path> results, String setting, String throughput, String latency)
      throws IOException {
    List<Point> points = new ArrayList<>();
    for (Path result : results) {
      JsonNode root = Server.JSON.readTree(Files.readString(result));
      JsonNode x = root.path("settings").path(setting);
      if (x.isMissingNode()) {
        x = root.path("values").path(setting);
      }
      JsonNode y = root.path("values").path(throughput);
      JsonNode p99 = root.path("latency_ms").path(latency).path("p99");
      if (!x.isNumber() || !y.isNumber() || !p99.isNumber()) {
        throw new IllegalArgumentException(
            result + " has no numeric " + setting + ", " + throughput + " or " + latency + " p99");
      }
      points.add(new Point(x.asDouble(), y.asDouble(), p99.asDouble()));
    }
    points.sort(Comparator.comparingDouble(Point::x));
    return points;
  }

  static void plot(
      List<Point> points, String title, String setting, String throughput, String latency, Path png)
      throws IOException {
    System.setProperty("java.awt.headless", "true");
    XYChart chart =
        new XYChartBuilder()
            .width(900)
            .height(520)
            .title(title)
            .xAxisTitle(setting + " (log scale)")
            .yAxisTitle(throughput)
            .build();
    chart.getStyler().setXAxisLogarithmic(true);
    chart.setYAxisGroupTitle(0, throughput);
    chart.setYAxisGroupTitle(1, latency + " p99 (ms)");
    chart.getStyler().setYAxisMin(0, 0.0);
    chart.getStyler().setYAxisMin(1, 0.0);
    List<Double> x = points.stream().map(Point::x).toList();
    XYSeries rate = chart.addSeries(throughput, x, points.stream().map(Point::throughput).toList());
    rate.setMarker(SeriesMarkers.CIRCLE);
    XYSeries p99 = chart.addSeries(latency + " p99", x, points.stream().map(Point::p99).toList());
    p99.setMarker(SeriesMarkers.DIAMOND);
    p99.setYAxisGroup(1);
    if (png.toAbsolutePath().getParent() != null) {
      Files.createDirectories(png.toAbsolutePath().getParent());
    }
    String path = png.toString();
    BitmapEncoder.saveBitmap(
        chart,
        path.endsWith(".png") ? path.substring(0, path.length() - 4) : path,
        BitmapEncoder.BitmapFormat.PNG);
  }

  static String table(List<Point> points, String setting, String throughput, String latency) {
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT, "%-14s %16s %16s%n", setting, throughput, latency + " p99 ms"));
    for (Point point : points) {
      out.append(
          String.format(
              Locale.ROOT, "%-14.0f %16.1f %16.2f%n", point.x(), point.throughput(), point.p99()));
    }
    return out.toString();
  }
}
