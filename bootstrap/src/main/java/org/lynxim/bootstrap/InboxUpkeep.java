package org.lynxim.bootstrap;

import java.time.Duration;
import java.util.logging.Logger;
import org.lynxim.application.messaging.port.in.RecoverInboxFillsUseCase;
import org.lynxim.application.messaging.port.in.TrimInboxesUseCase;

/**
 * Keeps the inboxes whole and bounded: at start, before any client connects, fills what a crash cut
 * off; then trims past the retention now and then (a trim that fails is tried again next round:
 * entries kept a little longer harm nothing).
 */
final class InboxUpkeep implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(InboxUpkeep.class.getName());

  private final Every trimming;

  InboxUpkeep(RecoverInboxFillsUseCase recovery, TrimInboxesUseCase trimming, Duration trimEvery) {
    int recovered = recovery.recover();
    if (recovered > 0) {
      LOG.info(() -> "filled the inboxes of " + recovered + " conversations a crash cut off");
    }
    this.trimming =
        Every.start(
            "inbox-trim",
            trimEvery,
            () -> {
              int dropped = trimming.trim();
              LOG.fine(() -> "inbox trim dropped " + dropped + " entries");
            });
  }

  @Override
  public void close() {
    trimming.close();
  }
}
