package org.lynxim.application.messaging.service;

import java.time.Clock;
import java.time.Duration;
import org.lynxim.application.messaging.port.in.TrimInboxesUseCase;
import org.lynxim.application.messaging.port.out.InboxStore;

/**
 * Drops inbox entries older than the retention that are not among each user's newest: the inbox
 * keeps at least both (PROTOCOL.md, Sync), and a device that was away longer resets.
 */
public final class TrimInboxesService implements TrimInboxesUseCase {
  private final InboxStore inboxes;
  private final Duration keepFor;
  private final int keepLatest;
  private final Clock clock;

  public TrimInboxesService(InboxStore inboxes, Duration keepFor, int keepLatest, Clock clock) {
    if (keepFor.isNegative() || keepLatest < 0) {
      throw new IllegalArgumentException("inbox retention must not be negative");
    }
    this.inboxes = inboxes;
    this.keepFor = keepFor;
    this.keepLatest = keepLatest;
    this.clock = clock;
  }

  @Override
  public int trim() {
    return inboxes.trim(clock.millis() - keepFor.toMillis(), keepLatest);
  }
}
