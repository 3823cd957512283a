package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lynxim.application.file.port.out.FileStore;
import org.lynxim.domain.error.ContentTooLargeException;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.file.ContentHash;

/** What every {@link FileStore} must do. */
public abstract class FileStoreContract {
  private final Random random = new Random();

  protected abstract FileStore store();

  /** How many uploads the store holds cut short (not yet cleared). */
  protected abstract long unfinished();

  protected byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    random.nextBytes(bytes);
    return bytes;
  }

  protected static ContentHash sha256(byte[] bytes) {
    try {
      return ContentHash.of(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  protected static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void bytes_are_kept_by_their_hash_and_read_whole_or_in_part() {
    byte[] bytes = randomBytes(700_000); // several chunks of any store that chunks
    FileStore.Written written = store().write(new ByteArrayInputStream(bytes), 1_000_000);

    assertThat(written.hash()).isEqualTo(sha256(bytes));
    assertThat(written.size()).isEqualTo(bytes.length);
    assertThat(written.head()).isEqualTo(Arrays.copyOf(bytes, 12));
    assertThat(store().contains(written.hash())).isTrue();
    assertThat(readAll(store().read(written.hash(), 0, bytes.length))).isEqualTo(bytes);
    assertThat(readAll(store().read(written.hash(), 262_000, 1_000)))
        .isEqualTo(Arrays.copyOfRange(bytes, 262_000, 263_000));
    assertThat(readAll(store().read(written.hash(), bytes.length - 5, 5)))
        .isEqualTo(Arrays.copyOfRange(bytes, bytes.length - 5, bytes.length));
  }

  @Test
  void the_same_bytes_twice_are_the_same_bytes_and_go_once() {
    byte[] bytes = randomBytes(10_000);
    FileStore.Written first = store().write(new ByteArrayInputStream(bytes), 20_000);
    FileStore.Written second = store().write(new ByteArrayInputStream(bytes), 20_000);

    assertThat(second.hash()).isEqualTo(first.hash());
    assertThat(readAll(store().read(first.hash(), 0, bytes.length))).isEqualTo(bytes);
    store().delete(first.hash());
    assertThat(store().contains(first.hash())).isFalse();
    assertThatThrownBy(() -> store().read(first.hash(), 0, 1))
        .isInstanceOf(NotFoundException.class);
    store().delete(first.hash()); // twice: nothing happens
  }

  @Test
  void bytes_past_the_limit_are_refused_while_reading_and_leave_nothing() {
    long before = unfinished();
    byte[] bytes = randomBytes(300_000);

    assertThatThrownBy(() -> store().write(new ByteArrayInputStream(bytes), 299_999))
        .isInstanceOf(ContentTooLargeException.class);
    assertThat(store().contains(sha256(bytes))).isFalse();
    assertThat(unfinished()).isEqualTo(before);
  }

  @Test
  void a_source_that_fails_midway_leaves_nothing_readable_and_nothing_after_clearing() {
    byte[] bytes = randomBytes(600_000);
    InputStream failing =
        new ByteArrayInputStream(bytes) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            if (pos > 400_000) {
              throw new IllegalArgumentException("the client went away");
            }
            return super.read(b, off, Math.min(len, 8192));
          }
        };

    assertThatThrownBy(() -> store().write(failing, 1_000_000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store().contains(sha256(bytes))).isFalse();
    store().clearUnfinished(Instant.now().plusSeconds(60));
    assertThat(unfinished()).isZero();
  }

  @Test
  void nothing_is_stored_for_zero_bytes() {
    FileStore.Written written = store().write(new ByteArrayInputStream(new byte[0]), 10);

    assertThat(written.size()).isZero();
    assertThat(store().contains(written.hash())).isFalse();
  }
}
