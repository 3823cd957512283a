package org.lynxim.adapter.out.rocksdb;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.application.messaging.port.out.ReadPositions;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.user.UserId;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.InfoLogLevel;
import org.rocksdb.LRUCache;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * The embedded shape's message timeline, inboxes and read positions in one RocksDB database: the
 * rows every send writes, kept where a write is an append to a log (one per batch) instead of
 * B-tree pages copied at every commit. Each key family is a column family, its keys built by {@link
 * Keys} so that every read is a point read or one range. The stores it makes ({@link
 * #messageStore}, {@link #inboxStore}, {@link #readPositions}) share it; closing it closes them.
 *
 * <p>A write returns once RocksDB's write-ahead log holds it: written to the operating system, so a
 * crash of the process loses nothing; with {@code syncEachWrite} also flushed to the disk, so a
 * crash of the machine loses nothing either, at the cost of an fsync per write (the inbox fills,
 * which are rebuilt from the timeline, excepted).
 */
public final class RocksTimeline implements AutoCloseable {

  /** The column families: what each holds is said where it is written. */
  enum Family {
    MESSAGES,
    MSG_IDS,
    HEADS,
    DIRECT_HEADS,
    SYSTEM_NUMBERS,
    OPEN_STREAMS,
    INBOX,
    INBOX_HEADS,
    INBOX_FILLS,
    POSITIONS;

    byte[] id() {
      return name().toLowerCase().getBytes(StandardCharsets.US_ASCII);
    }

    /** The options every family shares, with what this family's use calls for. */
    ColumnFamilyOptions tune(ColumnFamilyOptions options) {
      if (this == HEADS || this == INBOX_HEADS || this == INBOX_FILLS || this == POSITIONS) {
        // Each key holds one small number that every batch overwrites: the memtable updates it in
        // place instead of adding a version per write, so it stays a few thousand keys, searched
        // in cache, and rarely needs a flush.
        options.setInplaceUpdateSupport(true);
      }
      if (this == MSG_IDS) {
        // Every send looks up msg_ids that are not there: a bloom filter on the memtable answers
        // most of them without searching it.
        options.setMemtableWholeKeyFiltering(true).setMemtablePrefixBloomSizeRatio(0.05);
      }
      return options;
    }
  }

  private static final long BLOCK_CACHE_BYTES = 64L << 20;

  /** How many of each kind of small value the writers remember ({@link Remembered}). */
  private static final int REMEMBERED = 200_000;

  private static final long MEMTABLE_BYTES = 16L << 20;
  private static final long ALL_MEMTABLES_BYTES = 64L << 20;

  private final RocksDB db;
  private final DBOptions options;
  private final List<ColumnFamilyOptions> familyOptions = new ArrayList<>();
  private final LRUCache cache;
  private final BloomFilter tableFilter;
  private final WriteOptions writeOptions;
  private final WriteOptions rebuildableWriteOptions;
  private final Map<Family, ColumnFamilyHandle> families = new EnumMap<>(Family.class);
  private final List<ColumnFamilyHandle> allHandles = new ArrayList<>();

  /** Every use holds it shared and closing holds it alone: no call reaches a closed database. */
  private final ReadWriteLock openLock = new ReentrantReadWriteLock();

  private boolean closed;

  // What every store made from this timeline shares: one write lock per key family group, so that
  // a write's reads and checks cannot race another's, and the values those writes read back.
  final ReentrantLock messagesWriting = new ReentrantLock();
  final ReentrantLock inboxesWriting = new ReentrantLock();
  final ReentrantLock positionsWriting = new ReentrantLock();
  final Remembered<ConversationId, Long> lastSeqs = new Remembered<>(REMEMBERED);
  final Remembered<ConversationId, Long> filledSeqs = new Remembered<>(REMEMBERED);
  final Remembered<UserId, RocksInboxStore.Head> inboxHeads = new Remembered<>(REMEMBERED);
  final Remembered<ReadPositions.Reader, Long> positions = new Remembered<>(REMEMBERED);

  private RocksTimeline(Path directory, boolean syncEachWrite) throws RocksDBException {
    RocksDB.loadLibrary();
    this.cache = new LRUCache(BLOCK_CACHE_BYTES);
    this.tableFilter = new BloomFilter(10);
    this.options =
        new DBOptions()
            .setCreateIfMissing(true)
            .setCreateMissingColumnFamilies(true)
            .setDbWriteBufferSize(ALL_MEMTABLES_BYTES)
            .setMaxBackgroundJobs(2)
            // What updating values in place needs; one writer per partition gains nothing from
            // inserting a write group's entries on several threads anyway.
            .setAllowConcurrentMemtableWrite(false)
            .setKeepLogFileNum(3)
            .setInfoLogLevel(InfoLogLevel.WARN_LEVEL);
    this.writeOptions = new WriteOptions().setSync(syncEachWrite);
    this.rebuildableWriteOptions = new WriteOptions().setSync(false);
    List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
    familyOptions.add(sharedOptions());
    descriptors.add(
        new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, familyOptions.getFirst()));
    for (Family family : Family.values()) {
      familyOptions.add(family.tune(sharedOptions()));
      descriptors.add(new ColumnFamilyDescriptor(family.id(), familyOptions.getLast()));
    }
    this.db = RocksDB.open(options, directory.toString(), descriptors, allHandles);
    for (Family family : Family.values()) {
      families.put(family, allHandles.get(family.ordinal() + 1));
    }
  }

  private ColumnFamilyOptions sharedOptions() {
    return new ColumnFamilyOptions()
        .setWriteBufferSize(MEMTABLE_BYTES)
        .setTableFormatConfig(
            new BlockBasedTableConfig()
                .setBlockCache(cache)
                .setFilterPolicy(tableFilter)
                .setWholeKeyFiltering(true));
  }

  /**
   * Why RocksDB's native library cannot load on this platform, or empty when it can (it ships for
   * Linux, glibc and musl, macOS and Windows on their usual processors).
   */
  public static Optional<String> unavailableBecause() {
    try {
      RocksDB.loadLibrary();
      return Optional.empty();
    } catch (UnsatisfiedLinkError | RuntimeException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }

  /**
   * Opens (or creates) the database in the directory.
   *
   * @param syncEachWrite whether each write waits for the disk (survives a power loss) or only for
   *     the operating system (survives a crash of the process)
   */
  public static RocksTimeline open(Path directory, boolean syncEachWrite) {
    try {
      Files.createDirectories(directory);
      return new RocksTimeline(directory, syncEachWrite);
    } catch (RocksDBException | java.io.IOException e) {
      throw new IllegalStateException("cannot open the timeline in " + directory, e);
    }
  }

  /**
   * The timeline; what a stored message changes outside it (the files it names, the favorites of a
   * message it recalls) goes to {@code outside}.
   */
  public RocksMessageStore messageStore(OutsideTheTimeline outside) {
    return new RocksMessageStore(this, outside);
  }

  /** The inboxes, which read their messages from this timeline. */
  public RocksInboxStore inboxStore(Clock clock) {
    return new RocksInboxStore(this, clock);
  }

  public RocksReadPositions readPositions() {
    return new RocksReadPositions(this);
  }

  /** Fills this timeline, which must be empty, from another store's rows. */
  public RocksTimelineImport importing() {
    return new RocksTimelineImport(this);
  }

  // What the stores use: each call maps a RocksDB failure to StoreUnavailableException.

  byte[] get(Family family, byte[] key) {
    return using(() -> db.get(families.get(family), key));
  }

  /** The numbers stored at the keys, in order, 0 where a key is absent; one call. */
  List<Long> numbers(Family family, List<byte[]> keys) {
    return getAll(family, keys).stream()
        .map(value -> value == null ? 0L : Keys.number(value))
        .toList();
  }

  /** The values of the keys, in order, null where a key is absent; one call. */
  List<byte[]> getAll(Family family, List<byte[]> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return using(
        () -> db.multiGetAsList(Collections.nCopies(keys.size(), families.get(family)), keys));
  }

  /** Applies the batch at once: all its changes or none. */
  void write(Batch batch) {
    write(batch, writeOptions);
  }

  /**
   * {@link #write}, never waiting for the disk: for what is rebuilt from the timeline after a crash
   * of the machine (inbox fills are redone from the heads, see {@link
   * RocksInboxStore#behindTimeline}). The log keeps writes in order, so a later write that waits
   * for the disk takes this one with it.
   */
  void writeRebuildable(Batch batch) {
    write(batch, rebuildableWriteOptions);
  }

  /** {@link #write}, waiting for the disk whatever the timeline's setting. */
  void writeDurably(Batch batch) {
    try (WriteOptions durably = new WriteOptions().setSync(true)) {
      write(batch, durably);
    }
  }

  private void write(Batch batch, WriteOptions options) {
    using(
        () -> {
          db.write(options, batch.batch);
          return null;
        });
  }

  Batch batch() {
    return new Batch();
  }

  /**
   * Visits the keys from {@code from} on that start with {@code prefix}, in order, until the
   * visitor answers false.
   */
  void scan(Family family, byte[] prefix, byte[] from, BiPredicate<byte[], byte[]> visitor) {
    using(
        () -> {
          try (RocksIterator it = db.newIterator(families.get(family))) {
            for (it.seek(from); it.isValid(); it.next()) {
              byte[] key = it.key();
              if (!Keys.startsWith(key, prefix) || !visitor.test(key, it.value())) {
                break;
              }
            }
            it.status();
          }
          return null;
        });
  }

  /**
   * Visits every key (first, second text) under the first text with its second text and value: a
   * user's conversations, say.
   */
  void scanUnder(Family family, String first, BiConsumer<String, byte[]> visitor) {
    byte[] prefix = Keys.of(first);
    scan(
        family,
        prefix,
        prefix,
        (key, value) -> {
          Keys.Reader reader = Keys.reader(key);
          reader.text();
          visitor.accept(reader.text(), value);
          return true;
        });
  }

  /** The value of the last key at or before {@code atOrBefore} that starts with {@code prefix}. */
  Optional<byte[]> lastValue(Family family, byte[] prefix, byte[] atOrBefore) {
    return using(
        () -> {
          try (RocksIterator it = db.newIterator(families.get(family))) {
            it.seekForPrev(atOrBefore);
            if (it.isValid() && Keys.startsWith(it.key(), prefix)) {
              return Optional.of(it.value());
            }
            it.status();
            return Optional.empty();
          }
        });
  }

  private interface RocksCall<T> {
    T call() throws RocksDBException;
  }

  private <T> T using(RocksCall<T> call) {
    openLock.readLock().lock();
    try {
      if (closed) {
        throw new StoreUnavailableException("the timeline is closed", null);
      }
      return call.call();
    } catch (RocksDBException e) {
      throw new StoreUnavailableException("the timeline failed: " + e.getMessage(), e);
    } finally {
      openLock.readLock().unlock();
    }
  }

  /** Changes to apply together ({@link #write}); a batch not written changes nothing. */
  final class Batch implements AutoCloseable {
    private final WriteBatch batch = new WriteBatch();

    Batch put(Family family, byte[] key, byte[] value) {
      return change(() -> batch.put(families.get(family), key, value));
    }

    Batch delete(Family family, byte[] key) {
      return change(() -> batch.delete(families.get(family), key));
    }

    int size() {
      return batch.count();
    }

    private Batch change(RocksRunnable change) {
      try {
        change.run();
      } catch (RocksDBException e) {
        throw new StoreUnavailableException("the timeline failed: " + e.getMessage(), e);
      }
      return this;
    }

    @Override
    public void close() {
      batch.close();
    }
  }

  private interface RocksRunnable {
    void run() throws RocksDBException;
  }

  @Override
  public void close() {
    openLock.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      allHandles.forEach(ColumnFamilyHandle::close);
      db.close();
      writeOptions.close();
      rebuildableWriteOptions.close();
      options.close();
      familyOptions.forEach(ColumnFamilyOptions::close);
      tableFilter.close();
      cache.close();
    } finally {
      openLock.writeLock().unlock();
    }
  }
}
