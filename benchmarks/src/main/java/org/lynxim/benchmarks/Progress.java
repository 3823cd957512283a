package org.lynxim.benchmarks;

import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/** A line a second on stderr with the running rate, for runs long enough to wonder about. */
final class Progress implements AutoCloseable {
  private final Thread thread;
  private volatile boolean running = true;

  Progress(String scenario, LongAdder done, String unit) {
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
                    System.err.printf(
                        Locale.ROOT,
                        "[%s] %6.1fs %,12d %s %,10d/s%n",
                        scenario,
                        seconds,
                        now,
                        unit,
                        now - last);
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
