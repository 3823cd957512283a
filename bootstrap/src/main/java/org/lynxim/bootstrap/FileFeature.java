package org.lynxim.bootstrap;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.lynxim.adapter.out.files.DiskFileStore;
import org.lynxim.adapter.out.files.ImageThumbnailer;
import org.lynxim.adapter.out.sql.SqlDatabase;
import org.lynxim.adapter.out.sql.SqlFileCatalogue;
import org.lynxim.application.file.port.in.CheckFilesUseCase;
import org.lynxim.application.file.port.in.DeleteFileUseCase;
import org.lynxim.application.file.port.in.ListFilesUseCase;
import org.lynxim.application.file.port.in.ReadFileUseCase;
import org.lynxim.application.file.port.in.SweepFilesUseCase;
import org.lynxim.application.file.port.in.UploadFileUseCase;
import org.lynxim.application.file.port.out.FileStore;
import org.lynxim.application.file.service.CheckFilesService;
import org.lynxim.application.file.service.DeleteFileService;
import org.lynxim.application.file.service.FileAccess;
import org.lynxim.application.file.service.ListFilesService;
import org.lynxim.application.file.service.ReadFileService;
import org.lynxim.application.file.service.SweepFilesService;
import org.lynxim.application.file.service.UploadFileService;
import org.lynxim.application.messaging.port.in.CanReadConversationUseCase;

/**
 * Files: the bytes where every node of the shape reads them (a directory, or the database), the
 * catalogue in the database, and the sweep that runs at start and then periodically.
 */
record FileFeature(
    UploadFileUseCase upload,
    ReadFileUseCase read,
    ListFilesUseCase list,
    DeleteFileUseCase delete,
    CheckFilesUseCase check,
    AutoCloseable sweeping) {
  private static final Logger LOG = Logger.getLogger(FileFeature.class.getName());

  static FileFeature wire(
      LynxSettings settings,
      SqlDatabase database,
      CanReadConversationUseCase conversations,
      Clock clock) {
    FileStore store = store(settings, database, clock);
    SqlFileCatalogue catalogue = database.fileCatalogue(clock);
    FileAccess access =
        new FileAccess(catalogue, conversations, settings.filesUnreferencedTtl(), clock);
    SweepFilesService sweep =
        new SweepFilesService(
            store, catalogue, settings.filesUnreferencedTtl(), settings.filesSweepGrace(), clock);
    return new FileFeature(
        new UploadFileService(
            store, catalogue, access, settings.filesMaxUploadBytes(), new SecureRandom(), clock),
        new ReadFileService(store, catalogue, new ImageThumbnailer(), access),
        new ListFilesService(catalogue, access, clock),
        new DeleteFileService(catalogue, access),
        new CheckFilesService(access),
        schedule(sweep, settings));
  }

  /**
   * A directory when one is set; else the embedded shape's data directory, the cluster's database.
   */
  private static FileStore store(LynxSettings settings, SqlDatabase database, Clock clock) {
    if (settings.filesDir().isPresent()) {
      return new DiskFileStore(settings.filesDir().get());
    }
    if (!settings.cluster()) {
      return new DiskFileStore(settings.dataDir().resolve("files"));
    }
    return database.chunkFileStore(clock);
  }

  /** Several nodes may sweep at once: each deletion checks again what it deletes. */
  private static AutoCloseable schedule(SweepFilesUseCase sweep, LynxSettings settings) {
    ScheduledExecutorService sweeper =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("file-sweep").daemon().factory());
    long every = settings.filesSweepEvery().toMillis();
    sweeper.scheduleWithFixedDelay(() -> sweepOnce(sweep), 0, every, TimeUnit.MILLISECONDS);
    return sweeper::shutdownNow;
  }

  private static void sweepOnce(SweepFilesUseCase sweep) {
    try {
      SweepFilesUseCase.Swept swept = sweep.sweep();
      if (swept.files() > 0 || swept.bytes() > 0) {
        LOG.info(
            () ->
                "file sweep: "
                    + swept.files()
                    + " expired files, "
                    + swept.bytes()
                    + " unused stored bytes deleted");
      }
    } catch (RuntimeException e) {
      // The next round tries again: an expired file reads 404 meanwhile.
      LOG.warning("file sweep failed: " + e.getMessage());
    }
  }
}
