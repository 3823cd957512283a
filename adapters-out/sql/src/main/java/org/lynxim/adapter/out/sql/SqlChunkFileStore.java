package org.lynxim.adapter.out.sql;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;
import org.lynxim.adapter.out.support.HashingInput;
import org.lynxim.application.file.port.out.FileStore;
import org.lynxim.domain.RandomIds;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.file.ContentHash;

/**
 * File bytes in the database, where every node of a cluster reads them: written in chunks of {@link
 * #CHUNK_BYTES} under an upload id as they arrive (one chunk in memory at a time), then made
 * visible under their hash by one {@code file_contents} row; bytes stored before are not kept
 * twice. Reads fetch one chunk at a time as the stream is consumed.
 */
public final class SqlChunkFileStore implements FileStore {
  /**
   * 256 KiB: a download of a small range reads little, and an upload in flight holds little. (1 MiB
   * chunks measured no faster on MariaDB: see benchmarks/RESULTS.md.)
   */
  static final int DEFAULT_CHUNK_BYTES = 256 * 1024;

  private final int chunkBytes;

  private final DataSource dataSource;
  private final RandomGenerator random;
  private final Clock clock;

  SqlChunkFileStore(DataSource dataSource, RandomGenerator random, Clock clock, int chunkBytes) {
    this.dataSource = dataSource;
    this.chunkBytes = chunkBytes;
    this.random = random;
    this.clock = clock;
  }

  @Override
  public Written write(InputStream bytes, long maxBytes) {
    String upload = RandomIds.next(random, 18);
    HashingInput input = new HashingInput(bytes, maxBytes);
    boolean kept = false;
    try {
      update(
          "INSERT INTO file_uploads (upload_id, started_at) VALUES (?, ?)", upload, clock.millis());
      byte[] chunk = new byte[chunkBytes];
      int chunkNo = 0;
      int filled;
      while ((filled = input.readNBytes(chunk, 0, chunkBytes)) > 0) {
        insertChunk(upload, chunkNo++, chunk, filled);
      }
      Written written = input.written();
      if (written.size() > 0) {
        kept = publish(upload, written);
      }
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        if (!kept) {
          discard(upload);
        }
        forgetUpload(upload);
      } catch (RuntimeException e) {
        // The database went away meanwhile: clearUnfinished removes what is left.
      }
    }
  }

  /** Makes the chunks the bytes of their hash; false when those bytes were stored before. */
  private boolean publish(String upload, Written written) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO file_contents (sha256, upload_id, size) VALUES (?, ?, ?)")) {
      insert.setString(1, written.hash().hex());
      insert.setString(2, upload);
      insert.setLong(3, written.size());
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (SqlFailures.isDuplicateKey(e)) {
        return false;
      }
      throw SqlFailures.unavailable(e);
    }
  }

  private void insertChunk(String upload, int chunkNo, byte[] chunk, int length) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO file_chunks (upload_id, chunk_no, bytes) VALUES (?, ?, ?)")) {
      insert.setString(1, upload);
      insert.setInt(2, chunkNo);
      insert.setBinaryStream(3, new ByteArrayInputStream(chunk, 0, length), length);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw SqlFailures.unavailable(e);
    }
  }

  @Override
  public InputStream read(ContentHash hash, long offset, long length) {
    Optional<String> upload = uploadOf(hash);
    if (upload.isEmpty()) {
      throw new NotFoundException("no bytes stored under " + hash.hex());
    }
    return new ChunkInput(upload.get(), offset, length);
  }

  @Override
  public boolean contains(ContentHash hash) {
    return uploadOf(hash).isPresent();
  }

  private Optional<String> uploadOf(ContentHash hash) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT upload_id FROM file_contents WHERE sha256 = ?")) {
      query.setString(1, hash.hex());
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw SqlFailures.unavailable(e);
    }
  }

  /** The row first, then the chunks: a reader never finds a hash whose chunks are half gone. */
  @Override
  public void delete(ContentHash hash) {
    Optional<String> upload = uploadOf(hash);
    if (upload.isPresent()) {
      update("DELETE FROM file_contents WHERE sha256 = ?", hash.hex());
      discard(upload.get());
    }
  }

  /**
   * An upload row left behind is a write cut short, unless its chunks were published (a crash
   * between publishing and forgetting the row): only unpublished chunks go.
   */
  @Override
  public void clearUnfinished(Instant before) {
    List<String> uploads = new ArrayList<>();
    List<Boolean> published = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT u.upload_id, (SELECT COUNT(*) FROM file_contents c"
                    + " WHERE c.upload_id = u.upload_id) AS published"
                    + " FROM file_uploads u WHERE u.started_at < ?")) {
      query.setLong(1, before.toEpochMilli());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          uploads.add(rows.getString(1));
          published.add(rows.getLong(2) > 0);
        }
      }
    } catch (SQLException e) {
      throw SqlFailures.unavailable(e);
    }
    for (int i = 0; i < uploads.size(); i++) {
      if (!published.get(i)) {
        discard(uploads.get(i));
      }
      forgetUpload(uploads.get(i));
    }
  }

  /** Writes begun and not finished: cut short, or in flight. */
  long unfinishedUploads() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM file_uploads");
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw SqlFailures.unavailable(e);
    }
  }

  private void discard(String upload) {
    update("DELETE FROM file_chunks WHERE upload_id = ?", upload);
  }

  private void forgetUpload(String upload) {
    update("DELETE FROM file_uploads WHERE upload_id = ?", upload);
  }

  private void update(String sql, Object... params) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw SqlFailures.unavailable(e);
    }
  }

  /** The stored bytes from an offset, one chunk fetched at a time. */
  private final class ChunkInput extends InputStream {
    private final String upload;
    private long position;
    private long remaining;
    private byte[] chunk = new byte[0];
    private int chunkStart;
    private int chunkPosition;

    ChunkInput(String upload, long offset, long length) {
      this.upload = upload;
      this.position = offset;
      this.remaining = length;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      if (chunkPosition >= chunk.length) {
        fetch((int) (position / chunkBytes));
        chunkPosition = (int) (position - (long) chunkStart * chunkBytes);
        if (chunkPosition >= chunk.length) {
          throw new IOException("the stored bytes end before their size");
        }
      }
      int n = (int) Math.min(Math.min(length, chunk.length - chunkPosition), remaining);
      System.arraycopy(chunk, chunkPosition, buffer, offset, n);
      chunkPosition += n;
      position += n;
      remaining -= n;
      return n;
    }

    private void fetch(int chunkNo) throws IOException {
      try (Connection connection = dataSource.getConnection();
          PreparedStatement query =
              connection.prepareStatement(
                  "SELECT bytes FROM file_chunks WHERE upload_id = ? AND chunk_no = ?")) {
        query.setString(1, upload);
        query.setInt(2, chunkNo);
        try (ResultSet row = query.executeQuery()) {
          if (!row.next()) {
            throw new IOException("chunk " + chunkNo + " of " + upload + " is missing");
          }
          chunk = row.getBytes(1);
          chunkStart = chunkNo;
        }
      } catch (SQLException e) {
        throw new IOException("could not read a chunk: " + e.getMessage(), e);
      }
    }
  }
}
