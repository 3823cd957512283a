package org.lynxim.adapter.out.sql;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.lynxim.adapter.out.sql.SqlDialect.Column;
import org.lynxim.application.file.port.out.FileCatalogue;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.FileReference;
import org.lynxim.domain.file.ContentHash;
import org.lynxim.domain.file.FileCursor;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.file.FileName;
import org.lynxim.domain.file.FileStanding;
import org.lynxim.domain.file.ImageFormat;
import org.lynxim.domain.file.StoredFile;
import org.lynxim.domain.user.UserId;

/**
 * The file catalogue in tables {@code files}, {@code file_bytes} and {@code file_references}; a
 * file is an avatar when a {@code users} row names it.
 */
public final class SqlFileCatalogue implements FileCatalogue {
  private static final String COLUMNS =
      "file_id, uploader_id, name, content_type, size, sha256, image_format, created_at";
  private static final String INSERT_FILE =
      "INSERT INTO files (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String FIND = "SELECT " + COLUMNS + " FROM files WHERE file_id = ?";
  private static final String NAMED = "SELECT 1 FROM file_references WHERE file_id = ? LIMIT 1";
  private static final String AVATAR = "SELECT 1 FROM users WHERE avatar_file_id = ? LIMIT 1";
  private static final String NAMING =
      "SELECT DISTINCT conversation_id FROM file_references WHERE file_id = ? LIMIT ?";
  private static final String UPLOADED =
      "SELECT "
          + COLUMNS
          + " FROM files WHERE uploader_id = ? ORDER BY created_at DESC, file_id DESC LIMIT ?";
  private static final String UPLOADED_AFTER =
      "SELECT "
          + COLUMNS
          + " FROM files WHERE uploader_id = ? AND (created_at < ? OR (created_at = ? AND file_id < ?))"
          + " ORDER BY created_at DESC, file_id DESC LIMIT ?";
  private static final String REMOVE = "DELETE FROM files WHERE file_id = ?";
  private static final String UNKEPT =
      "SELECT f.file_id FROM files f WHERE f.created_at < ?"
          + " AND NOT EXISTS (SELECT 1 FROM file_references r WHERE r.file_id = f.file_id)"
          + " AND NOT EXISTS (SELECT 1 FROM users u WHERE u.avatar_file_id = f.file_id)"
          + " ORDER BY f.created_at LIMIT ?";
  private static final String UNUSED_CONDITION =
      " AND NOT EXISTS (SELECT 1 FROM files f WHERE f.sha256 = b.sha256)"
          + " AND NOT EXISTS (SELECT 1 FROM file_bytes t WHERE t.thumbnail_sha256 = b.sha256)";
  private static final String UNUSED =
      "SELECT b.sha256 FROM file_bytes b WHERE b.used_at < ?" + UNUSED_CONDITION + " LIMIT ?";
  private static final String LOCK_BYTES =
      "SELECT used_at FROM file_bytes WHERE sha256 = ? FOR UPDATE";
  private static final String STILL_UNUSED =
      "SELECT 1 FROM file_bytes b WHERE b.sha256 = ?" + UNUSED_CONDITION;
  private static final String FORGET = "DELETE FROM file_bytes WHERE sha256 = ?";
  private static final String THUMBNAIL =
      "SELECT thumbnail_state, thumbnail_sha256, thumbnail_size FROM file_bytes WHERE sha256 = ?";
  private static final String RECORD_THUMBNAIL =
      "UPDATE file_bytes SET thumbnail_state = ?, thumbnail_sha256 = ?, thumbnail_size = ?"
          + " WHERE sha256 = ?";
  private static final List<Column> BYTES_KEY = List.of(new Column("sha256", "CHAR(64)"));
  private static final Column USED_AT = new Column("used_at", "BIGINT");
  private static final String MADE = "made";
  private static final String NONE = "none";

  private final DbClient db;
  private final SqlDialect dialect;
  private final Clock clock;

  SqlFileCatalogue(DbClient db, SqlDialect dialect, Clock clock) {
    this.db = db;
    this.dialect = dialect;
    this.clock = clock;
  }

  /**
   * Waits for a sweep holding the same bytes ({@link #forgetUnused}), then uses them anew. Two
   * uploads of the same new bytes at once race to insert their row: the loser tries again.
   */
  @Override
  public void add(StoredFile file) {
    SqlFailures.retryingConflicts(() -> addOnce(file));
  }

  private long addOnce(StoredFile file) {
    return SqlFailures.inTransaction(
        db,
        tx -> {
          tx.createInsert(dialect.upsertKeepingMax("file_bytes", BYTES_KEY, USED_AT, List.of(), 1))
              .params(file.hash().hex(), clock.millis())
              .execute();
          return tx.dml(
              INSERT_FILE,
              file.id().value(),
              file.uploader().value(),
              file.name().value(),
              file.contentType(),
              file.size(),
              file.hash().hex(),
              file.image().map(Enum::name).orElse(null),
              file.createdAt().toEpochMilli());
        });
  }

  @Override
  public Optional<StoredFile> find(FileId id) {
    return SqlFailures.reading(
        () -> db.execute().get(FIND, id.value()).map(SqlFileCatalogue::toDomain));
  }

  @Override
  public FileStanding standing(FileId id) {
    return SqlFailures.reading(
        () ->
            new FileStanding(
                db.execute().get(NAMED, id.value()).isPresent(),
                db.execute().get(AVATAR, id.value()).isPresent()));
  }

  @Override
  public Map<FileId, FileStanding> standings(Collection<FileId> ids) {
    List<String> wanted = ids.stream().map(FileId::value).distinct().toList();
    if (wanted.isEmpty()) {
      return Map.of();
    }
    String in = "(" + String.join(", ", Collections.nCopies(wanted.size(), "?")) + ")";
    Set<String> named =
        column("SELECT DISTINCT file_id FROM file_references WHERE file_id IN " + in, wanted);
    Set<String> avatars =
        column(
            "SELECT DISTINCT avatar_file_id AS file_id FROM users WHERE avatar_file_id IN " + in,
            wanted);
    Map<FileId, FileStanding> standings = new HashMap<>();
    for (String id : wanted) {
      standings.put(new FileId(id), new FileStanding(named.contains(id), avatars.contains(id)));
    }
    return standings;
  }

  private Set<String> column(String sql, List<String> params) {
    return SqlFailures.reading(
        () -> {
          Set<String> values = new HashSet<>();
          try (Stream<DbRow> rows = db.execute().query(sql, params.toArray())) {
            rows.forEach(row -> values.add(row.column("file_id").getString()));
          }
          return values;
        });
  }

  @Override
  public List<ConversationId> conversationsNaming(FileId id, int max) {
    return SqlFailures.reading(
        () -> {
          try (Stream<DbRow> rows = db.execute().query(NAMING, id.value(), max)) {
            return rows.map(row -> ConversationId.parse(row.column("conversation_id").getString()))
                .toList();
          }
        });
  }

  @Override
  public List<StoredFile> uploadedBy(UserId user, Optional<FileCursor> after, int max) {
    return SqlFailures.reading(
        () -> {
          try (Stream<DbRow> rows =
              after.isEmpty()
                  ? db.execute().query(UPLOADED, user.value(), max)
                  : db.execute()
                      .query(
                          UPLOADED_AFTER,
                          user.value(),
                          after.get().createdAt().toEpochMilli(),
                          after.get().createdAt().toEpochMilli(),
                          after.get().after().value(),
                          max)) {
            return rows.map(SqlFileCatalogue::toDomain).toList();
          }
        });
  }

  @Override
  public boolean remove(FileId id) {
    return SqlFailures.reading(() -> db.execute().dml(REMOVE, id.value())) > 0;
  }

  /**
   * Selects, then deletes what is still unkept: a message or avatar that named a file meanwhile
   * keeps it.
   */
  @Override
  public int removeUnkept(Instant createdBefore, int max) {
    List<String> ids =
        SqlFailures.reading(
            () -> {
              try (Stream<DbRow> rows =
                  db.execute().query(UNKEPT, createdBefore.toEpochMilli(), max)) {
                return rows.map(row -> row.column("file_id").getString()).toList();
              }
            });
    int removed = 0;
    for (String id : ids) {
      removed +=
          (int)
              (long)
                  SqlFailures.reading(
                      () ->
                          db.execute()
                              .dml(
                                  REMOVE
                                      + " AND NOT EXISTS (SELECT 1 FROM file_references r WHERE"
                                      + " r.file_id = ?) AND NOT EXISTS (SELECT 1 FROM users u"
                                      + " WHERE u.avatar_file_id = ?)",
                                  id,
                                  id,
                                  id));
    }
    return removed;
  }

  @Override
  public List<ContentHash> unusedBytes(Instant usedBefore, int max) {
    return SqlFailures.reading(
        () -> {
          try (Stream<DbRow> rows = db.execute().query(UNUSED, usedBefore.toEpochMilli(), max)) {
            return rows.map(row -> new ContentHash(row.column("sha256").getString())).toList();
          }
        });
  }

  @Override
  public boolean forgetUnused(ContentHash hash, Instant usedBefore, Consumer<ContentHash> delete) {
    return SqlFailures.inTransaction(
        db,
        tx -> {
          Optional<Long> usedAt =
              tx.get(LOCK_BYTES, hash.hex()).map(row -> row.column("used_at").getLong());
          if (usedAt.isEmpty()
              || usedAt.get() >= usedBefore.toEpochMilli()
              || tx.get(STILL_UNUSED, hash.hex()).isEmpty()) {
            return false;
          }
          delete.accept(hash);
          tx.dml(FORGET, hash.hex());
          return true;
        });
  }

  @Override
  public Thumbnail thumbnail(ContentHash source) {
    return SqlFailures.reading(
        () ->
            db.execute()
                .get(THUMBNAIL, source.hex())
                .map(SqlFileCatalogue::thumbnailOf)
                .orElse(new Thumbnail.Unknown()));
  }

  /** A made thumbnail's bytes are stored bytes of their own, used now. */
  @Override
  public void recordThumbnail(ContentHash source, Thumbnail outcome) {
    // Two first readers of a new image make its thumbnail at once (the sender's and the
    // receiver's page did): the loser of the race to insert the thumbnail's bytes tries again.
    SqlFailures.retryingConflicts(() -> recordThumbnailOnce(source, outcome));
  }

  private long recordThumbnailOnce(ContentHash source, Thumbnail outcome) {
    return SqlFailures.inTransaction(
        db,
        tx -> {
          if (outcome instanceof Thumbnail.Made made) {
            tx.createInsert(
                    dialect.upsertKeepingMax("file_bytes", BYTES_KEY, USED_AT, List.of(), 1))
                .params(made.hash().hex(), clock.millis())
                .execute();
          }
          return switch (outcome) {
            case Thumbnail.Made made ->
                tx.dml(RECORD_THUMBNAIL, MADE, made.hash().hex(), made.size(), source.hex());
            case Thumbnail.None none -> tx.dml(RECORD_THUMBNAIL, NONE, null, null, source.hex());
            case Thumbnail.Unknown unknown ->
                tx.dml(RECORD_THUMBNAIL, null, null, null, source.hex());
          };
        });
  }

  private static Thumbnail thumbnailOf(DbRow row) {
    String state = row.column("thumbnail_state").get(String.class);
    if (MADE.equals(state)) {
      return new Thumbnail.Made(
          new ContentHash(row.column("thumbnail_sha256").getString()),
          row.column("thumbnail_size").getLong());
    }
    return NONE.equals(state) ? new Thumbnail.None() : new Thumbnail.Unknown();
  }

  private static StoredFile toDomain(DbRow row) {
    return new StoredFile(
        new FileId(row.column("file_id").getString()),
        UserId.of(row.column("uploader_id").getString()),
        new FileName(row.column("name").getString()),
        row.column("content_type").getString(),
        row.column("size").getLong(),
        new ContentHash(row.column("sha256").getString()),
        Instant.ofEpochMilli(row.column("created_at").getLong()),
        Optional.ofNullable(row.column("image_format").get(String.class))
            .map(ImageFormat::valueOf));
  }

  /** For {@link SqlMessageStore}: the references of a batch of messages, as insert rows. */
  static List<Object> referenceRows(List<FileReference> references) {
    List<Object> rows = new ArrayList<>(references.size() * 3);
    for (FileReference reference : references) {
      rows.add(reference.file().value());
      rows.add(reference.conversation().value());
      rows.add(reference.seq());
    }
    return rows;
  }
}
