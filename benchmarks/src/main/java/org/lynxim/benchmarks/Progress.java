package org.lynxim.benchmarks;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * A line a second on stderr with the running rate, for runs long enough to wonder about; with sent
 * and pushed counters too, the line shows all three.
 */
final class Progress implements AutoCloseable {
  private final Thread thread;
  private volatile boolean running = true;

  Progress(String scenario, LongAdder done, String unit) {
    this(scenario, done, unit, null, null);
  }

  Progress(String scenario, LongAdder done, String unit, LongAdder sent, LongAdder pushed) {
    this(scenario, done, unit, sent, pushed, null);
  }

  /**
   * With {@code worstMicros}, each line also shows the longest latency of the second (taken and
   * reset by the line) and the time of day, to be laid beside GC logs and profiles: a p99 says how
   * much of the run was slow, this says when.
   */
  Progress(
      String scenario,
      LongAdder done,
      String unit,
      LongAdder sent,
      LongAdder pushed,
      LongAccumulator worstMicros) {
    long started = System.nanoTime();
    this.thread =
        Thread.ofPlatform()
            .daemon()
            .name("progress")
            .start(
                () -> {
                  long last = 0;
                  while (running) {
                    try {
                      Thread.sleep(1000);
                    } catch (InterruptedException e) {
                      return;
                    }
                    long now = done.sum();
                    double seconds = (System.nanoTime() - started) / 1e9;
                    String counts =
                        sent == null
                            ? ""
                            : String.format(
                                Locale.ROOT, " (sent %,d, pushed %,d)", sent.sum(), pushed.sum());
                    if (worstMicros != null) {
                      counts +=
                          String.format(
                              Locale.ROOT,
                              " worst %.1f ms at %s",
                              worstMicros.getThenReset() / 1000.0,
                              LocalTime.now().truncatedTo(ChronoUnit.MILLIS));
                    }
                    System.err.printf(
                        Locale.ROOT,
                        "[%s] %6.1fs %,12d %s %,10d/s%s%n",
                        scenario,
                        seconds,
                        now,
                        unit,
                        now - last,
                        counts);
                    last = now;
                  }
                });
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
