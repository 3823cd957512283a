package org.lynxim.adapter.out.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lynxim.application.contract.FileStoreContract;
import org.lynxim.application.file.port.out.FileStore;

/** The directory store under the contract, and what it leaves on disk. */
class DiskFileStoreTest extends FileStoreContract {
  @TempDir Path root;
  private DiskFileStore store;

  @Override
  protected FileStore store() {
    if (store == null) {
      store = new DiskFileStore(root);
    }
    return store;
  }

  @Override
  protected long unfinished() {
    store();
    try (Stream<Path> parts = Files.list(root.resolve("partial"))) {
      return parts.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void bytes_live_under_their_hash_and_nothing_else_is_left() throws IOException {
    byte[] bytes = randomBytes(5_000);
    FileStore.Written written = store().write(new ByteArrayInputStream(bytes), 10_000);
    store().write(new ByteArrayInputStream(bytes), 10_000);

    String hex = written.hash().hex();
    Path kept = root.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
    assertThat(kept).hasBinaryContent(bytes);
    try (Stream<Path> all = Files.walk(root)) {
      assertThat(all.filter(Files::isRegularFile)).containsExactly(kept);
    }
  }

  @Test
  void a_part_left_by_a_crash_is_cleared_once_old_and_never_read() throws IOException {
    store();
    Path leftOver = Files.writeString(root.resolve("partial").resolve("upload-1.part"), "half");
    Files.setLastModifiedTime(
        leftOver,
        java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 7_200_000));

    store().clearUnfinished(java.time.Instant.now().minusSeconds(3_600));

    assertThat(leftOver).doesNotExist();
  }
}
