package org.lynxim.benchmarks;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latency histograms in microseconds, from 1 µs to 10 minutes, 3 significant digits. */
final class Histograms {
  private Histograms() {}

  static Histogram micros() {
    return new ConcurrentHistogram(1, 600_000_000L, 3);
  }

  static void recordSince(Histogram histogram, long sentNanos) {
    long micros = Math.max(1, (System.nanoTime() - sentNanos) / 1000);
    histogram.recordValue(Math.min(micros, histogram.getHighestTrackableValue()));
  }
}
