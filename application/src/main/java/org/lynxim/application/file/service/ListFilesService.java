package org.lynxim.application.file.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lynxim.application.file.port.in.FileInfo;
import org.lynxim.application.file.port.in.ListFilesUseCase;
import org.lynxim.application.file.port.out.FileCatalogue;
import org.lynxim.domain.file.FileCursor;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.file.FilePage;
import org.lynxim.domain.file.FileStanding;
import org.lynxim.domain.file.StoredFile;
import org.lynxim.domain.user.UserId;

/** The caller's uploads with their expiry; files past it are not listed, as they read 404. */
public final class ListFilesService implements ListFilesUseCase {
  private final FileCatalogue catalogue;
  private final FileAccess access;
  private final Clock clock;

  public ListFilesService(FileCatalogue catalogue, FileAccess access, Clock clock) {
    this.catalogue = catalogue;
    this.access = access;
    this.clock = clock;
  }

  @Override
  public Page files(UserId user, Optional<FileCursor> after, int limit) {
    FilePage page = FilePage.of(catalogue.uploadedBy(user, after, limit + 1), limit);
    Map<FileId, FileStanding> standings =
        catalogue.standings(page.files().stream().map(StoredFile::id).toList());
    Instant now = clock.instant();
    List<FileInfo> files =
        page.files().stream()
            .map(file -> access.info(file, standings.getOrDefault(file.id(), FileStanding.UNNAMED)))
            .filter(info -> info.expiresAt().filter(at -> !now.isBefore(at)).isEmpty())
            .toList();
    return new Page(files, page.next());
  }
}
