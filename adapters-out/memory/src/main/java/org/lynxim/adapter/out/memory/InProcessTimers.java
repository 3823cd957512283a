package org.lynxim.adapter.out.memory;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lynxim.application.presence.port.out.Timers;

/** One daemon thread that runs the tasks when due; closing drops those not run yet. */
public final class InProcessTimers implements Timers, AutoCloseable {
  private static final Logger LOG = Logger.getLogger(InProcessTimers.class.getName());

  private final ScheduledThreadPoolExecutor executor =
      new ScheduledThreadPoolExecutor(
          1, Thread.ofPlatform().name("lynx-timers").daemon().factory());

  @Override
  public void after(Duration delay, Runnable task) {
    executor.schedule(
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            // A dependency down at that moment: the task is lost, as a push would be.
            LOG.log(Level.WARNING, "a timed task failed: " + e.getMessage());
          }
        },
        delay.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
