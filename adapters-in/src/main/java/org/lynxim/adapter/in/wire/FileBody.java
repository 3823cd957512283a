package org.lynxim.adapter.in.wire;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lynxim.application.file.port.in.FileInfo;
import org.lynxim.application.file.port.in.ListFilesUseCase;
import org.lynxim.domain.file.FileCursor;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.file.StoredFile;

/** A file (times in epoch ms; {@code expires_at} null while a message or an avatar keeps it). */
public record FileBody(
    String fileId,
    String name,
    String contentType,
    long size,
    String sha256,
    long createdAt,
    Long expiresAt) {

  public static FileBody from(FileInfo info) {
    StoredFile file = info.file();
    return new FileBody(
        file.id().value(),
        file.name().value(),
        file.contentType(),
        file.size(),
        file.hash().hex(),
        file.createdAt().toEpochMilli(),
        info.expiresAt().map(Instant::toEpochMilli).orElse(null));
  }

  /** {@code GET /api/v1/files}: the caller's uploads, newest first. */
  public record Page(List<FileBody> files, String nextCursor, boolean hasMore) {
    public static Page from(ListFilesUseCase.Page page) {
      return new Page(
          page.files().stream().map(FileBody::from).toList(),
          page.next().map(FileBody::encode).orElse(null),
          page.next().isPresent());
    }
  }

  private static String encode(FileCursor cursor) {
    return TimeCursors.encode(cursor.createdAt(), cursor.after().value());
  }

  /** A cursor from a page's {@code next_cursor}; anything else is the client's mistake (400). */
  public static Optional<FileCursor> decodeCursor(Optional<String> cursor) {
    if (cursor.isEmpty() || cursor.get().isEmpty()) {
      return Optional.empty();
    }
    TimeCursors.Position position = TimeCursors.decode(cursor.get());
    try {
      return Optional.of(new FileCursor(position.time(), new FileId(position.id())));
    } catch (IllegalArgumentException notOurs) {
      throw new IllegalArgumentException("cursor is not one this server gave");
    }
  }
}
