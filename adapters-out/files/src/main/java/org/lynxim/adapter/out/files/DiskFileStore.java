package org.lynxim.adapter.out.files;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.lynxim.adapter.out.support.HashingInput;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.application.file.port.out.FileStore;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.file.ContentHash;

/**
 * File bytes in a directory, one file per hash ({@code ab/cd/abcd...}): the embedded shape's store
 * under its data directory, or a directory every node of a cluster shares. An upload is written to
 * {@code partial/}, forced to disk, and only then moved into place in one atomic rename, so that a
 * crash leaves at most a partial file nobody can read, removed by {@link #clearUnfinished}.
 */
public final class DiskFileStore implements FileStore {
  private static final int BUFFER_BYTES = 64 * 1024;

  private final Path root;
  private final Path partial;

  public DiskFileStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.partial = this.root.resolve("partial");
    try {
      Files.createDirectories(partial);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the file store at " + root, e);
    }
  }

  @Override
  public Written write(InputStream bytes, long maxBytes) {
    HashingInput input = new HashingInput(bytes, maxBytes);
    Path temporary;
    try {
      temporary = Files.createTempFile(partial, "upload-", ".part");
    } catch (IOException e) {
      throw unavailable(e);
    }
    try {
      // Buffered: a multipart part arrives in reads of a few hundred bytes, each of which would
      // otherwise be a write to the file of its own.
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
          OutputStream out =
              new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES)) {
        input.transferTo(out);
        out.flush();
        channel.force(true);
      }
      Written written = input.written();
      if (written.size() > 0) {
        moveIntoPlace(temporary, pathOf(written.hash()));
      }
      return written;
    } catch (IOException e) {
      throw unavailable(e);
    } finally {
      deleteQuietly(temporary);
    }
  }

  /** Bytes stored before stay as they are: the same hash, the same bytes. */
  private static void moveIntoPlace(Path temporary, Path target) throws IOException {
    if (Files.exists(target)) {
      return;
    }
    Files.createDirectories(target.getParent());
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException raced) {
      return;
    }
    try (FileChannel directory = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
      directory.force(true);
    } catch (IOException notEverywhere) {
      // Not every file system lets a directory be forced; the rename itself is atomic.
    }
  }

  @Override
  public InputStream read(ContentHash hash, long offset, long length) {
    try {
      FileChannel channel = FileChannel.open(pathOf(hash), StandardOpenOption.READ);
      channel.position(offset);
      return new Limited(Channels.newInputStream(channel), length);
    } catch (NoSuchFileException e) {
      throw new NotFoundException("no bytes stored under " + hash.hex());
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  @Override
  public boolean contains(ContentHash hash) {
    return Files.isRegularFile(pathOf(hash));
  }

  @Override
  public void delete(ContentHash hash) {
    try {
      Files.deleteIfExists(pathOf(hash));
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  @Override
  public void clearUnfinished(Instant before) {
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(partial, "*.part")) {
      for (Path part : parts) {
        if (Files.getLastModifiedTime(part).toInstant().isBefore(before)) {
          deleteQuietly(part);
        }
      }
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  private Path pathOf(ContentHash hash) {
    String hex = hash.hex();
    return root.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // Left for clearUnfinished.
    }
  }

  private static StoreUnavailableException unavailable(IOException e) {
    return new StoreUnavailableException("file store unavailable: " + e.getMessage(), e);
  }

  /** At most {@code remaining} bytes of a stream. */
  private static final class Limited extends FilterInputStream {
    private long remaining;

    Limited(InputStream in, long remaining) {
      super(in);
      this.remaining = remaining;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        remaining--;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int read = super.read(buffer, offset, (int) Math.min(length, remaining));
      if (read > 0) {
        remaining -= read;
      }
      return read;
    }
  }
}
