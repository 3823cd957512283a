package org.lynxim.application.file.service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.application.file.port.in.FileInfo;
import org.lynxim.application.file.port.in.UploadFileUseCase;
import org.lynxim.application.file.port.out.FileCatalogue;
import org.lynxim.application.file.port.out.FileStore;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.file.FileName;
import org.lynxim.domain.file.FileStanding;
import org.lynxim.domain.file.ImageFormat;
import org.lynxim.domain.file.StoredFile;
import org.lynxim.domain.user.UserId;

/**
 * Streams the upload to the store (the limit is enforced while reading), then records it. The
 * file's format is what its first bytes say.
 */
public final class UploadFileService implements UploadFileUseCase {
  private final FileStore store;
  private final FileCatalogue catalogue;
  private final FileAccess access;
  private final long maxBytes;
  private final RandomGenerator random;
  private final Clock clock;

  public UploadFileService(
      FileStore store,
      FileCatalogue catalogue,
      FileAccess access,
      long maxBytes,
      RandomGenerator random,
      Clock clock) {
    this.store = store;
    this.catalogue = catalogue;
    this.access = access;
    this.maxBytes = maxBytes;
    this.random = random;
    this.clock = clock;
  }

  @Override
  public FileInfo upload(UserId uploader, Upload upload) {
    FileStore.Written written = store.write(upload.bytes(), maxBytes);
    if (written.size() == 0) {
      throw new IllegalArgumentException("the file is empty");
    }
    StoredFile file =
        new StoredFile(
            FileId.generate(random),
            uploader,
            FileName.of(upload.name()),
            StoredFile.declaredType(upload.contentType()),
            written.size(),
            written.hash(),
            clock.instant().truncatedTo(ChronoUnit.MILLIS),
            ImageFormat.sniff(written.head()));
    catalogue.add(file);
    // The sweep may have deleted the same bytes, unused until now, between the write and the add
    // (it holds them while it does, so the add waited): the upload must then be sent again.
    if (!store.contains(written.hash())) {
      catalogue.remove(file.id());
      throw new StoreUnavailableException("the upload raced a sweep; send it again", null);
    }
    return access.info(file, FileStanding.UNNAMED);
  }
}
