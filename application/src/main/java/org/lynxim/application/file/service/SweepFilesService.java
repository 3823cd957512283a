package org.lynxim.application.file.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.lynxim.application.file.port.in.SweepFilesUseCase;
import org.lynxim.application.file.port.out.FileCatalogue;
import org.lynxim.application.file.port.out.FileStore;
import org.lynxim.domain.file.ContentHash;

/**
 * Forgets the files that expired, then deletes the bytes nothing uses any more. Bytes are kept a
 * while after their last use ({@code grace}), so that an upload of the same bytes in flight, which
 * found them stored and is about to record its file, keeps them.
 */
public final class SweepFilesService implements SweepFilesUseCase {
  private static final int BATCH = 500;

  private final FileStore store;
  private final FileCatalogue catalogue;
  private final Duration unreferencedTtl;
  private final Duration grace;
  private final Clock clock;

  public SweepFilesService(
      FileStore store,
      FileCatalogue catalogue,
      Duration unreferencedTtl,
      Duration grace,
      Clock clock) {
    this.store = store;
    this.catalogue = catalogue;
    this.unreferencedTtl = unreferencedTtl;
    this.grace = grace;
    this.clock = clock;
  }

  @Override
  public Swept sweep() {
    Instant now = clock.instant();
    int files = 0;
    int removed;
    do {
      removed = catalogue.removeUnkept(now.minus(unreferencedTtl), BATCH);
      files += removed;
    } while (removed == BATCH);
    store.clearUnfinished(now.minus(grace));
    int bytes = 0;
    List<ContentHash> unused;
    do {
      unused = catalogue.unusedBytes(now.minus(grace), BATCH);
      for (ContentHash hash : unused) {
        if (catalogue.forgetUnused(hash, now.minus(grace), store::delete)) {
          bytes++;
        }
      }
    } while (unused.size() == BATCH);
    return new Swept(files, bytes);
  }
}
