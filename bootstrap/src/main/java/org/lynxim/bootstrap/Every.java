package org.lynxim.bootstrap;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A task run now and then on a thread of its own, for the upkeep every node does (idle streams,
 * calls that rang too long, inbox trims). A round that fails is logged and the next one tries
 * again.
 */
final class Every implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Every.class.getName());

  private final ScheduledExecutorService runner;

  private Every(String name, Duration period, Runnable task) {
    runner =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name(name).daemon().factory());
    runner.scheduleWithFixedDelay(
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            LOG.warning(name + " failed, tried again in " + period + ": " + e.getMessage());
          } catch (Error e) {
            // A bug, logged in full; let through, it would cancel every later round in silence.
            LOG.log(Level.SEVERE, name + " failed, tried again in " + period, e);
          }
        },
        period.toMillis(),
        period.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  static Every start(String name, Duration period, Runnable task) {
    return new Every(name, period, task);
  }

  @Override
  public void close() {
    runner.shutdownNow();
  }
}
