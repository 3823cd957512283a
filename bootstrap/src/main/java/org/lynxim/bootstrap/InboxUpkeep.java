package org.lynxim.bootstrap;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.lynxim.application.messaging.port.in.RecoverInboxFillsUseCase;
import org.lynxim.application.messaging.port.in.TrimInboxesUseCase;

/**
 * Keeps the inboxes whole and bounded: at start, before any client connects, fills what a crash cut
 * off; then trims past the retention now and then.
 */
final class InboxUpkeep implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(InboxUpkeep.class.getName());

  private final ScheduledExecutorService trimmer =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("inbox-trim").daemon().factory());

  InboxUpkeep(RecoverInboxFillsUseCase recovery, TrimInboxesUseCase trimming, Duration trimEvery) {
    int recovered = recovery.recover();
    if (recovered > 0) {
      LOG.info(() -> "filled the inboxes of " + recovered + " conversations a crash cut off");
    }
    trimmer.scheduleWithFixedDelay(
        () -> trim(trimming), trimEvery.toMillis(), trimEvery.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static void trim(TrimInboxesUseCase trimming) {
    try {
      int dropped = trimming.trim();
      LOG.fine(() -> "inbox trim dropped " + dropped + " entries");
    } catch (RuntimeException e) {
      // The next round tries again; entries kept a little longer harm nothing.
      LOG.warning("inbox trim failed: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    trimmer.shutdownNow();
  }
}
