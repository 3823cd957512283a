package org.lynxim.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.lynxim.adapter.out.rocksdb.RocksMessageStore;
import org.lynxim.adapter.out.rocksdb.RocksTimeline;
import org.lynxim.adapter.out.rocksdb.RocksTimelineImport;
import org.lynxim.adapter.out.sql.SqlDatabase;
import org.lynxim.adapter.out.sql.SqlMessageLinks;
import org.lynxim.adapter.out.sql.SqlMessageStore;
import org.lynxim.adapter.out.sql.SqlTimelineExport;
import org.lynxim.application.messaging.port.out.ConversationHeads;
import org.lynxim.application.messaging.port.out.InboxStore;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.application.messaging.port.out.ReadPositions;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.user.UserId;

/**
 * Where the rows every send writes are kept: the messages, the inboxes and the read positions. In
 * the embedded shape they are in RocksDB in the data directory (an append per batch, where H2
 * copies B-tree pages at every commit); in the cluster, and wherever a database is configured, in
 * the database with everything else.
 *
 * @param inboxes the inboxes where the timeline keeps them (a shape may keep them elsewhere)
 * @param resource closed after the send pipeline, before the database
 */
record Timeline(
    MessageStore messages,
    ConversationHeads heads,
    ReadPositions positions,
    InboxStore inboxes,
    AutoCloseable resource) {
  private static final Logger LOG = Logger.getLogger(Timeline.class.getName());

  /** Where the embedded timeline is kept, under the data directory. */
  static Path directory(LynxSettings settings) {
    return settings.dataDir().resolve("timeline");
  }

  static Timeline open(LynxSettings settings, SqlDatabase database, Clock clock) {
    if (inRocksDb(settings, database)) {
      RocksTimeline rocks = RocksTimeline.open(directory(settings), settings.timelineSync());
      SqlMessageLinks links = database.messageLinks();
      RocksMessageStore messages = rocks.messageStore(links::apply);
      return new Timeline(
          messages, messages, rocks.readPositions(), rocks.inboxStore(clock), rocks);
    }
    SqlMessageStore messages = database.messageStore();
    return new Timeline(
        messages, messages, database.readPositions(), database.inboxStore(clock), () -> {});
  }

  /**
   * Copies a data directory's timeline from its database into RocksDB, once: into a directory of
   * its own that becomes the timeline only when complete, so a start cut off in the middle copies
   * again. The database's tables are left as they were.
   */
  private static void copyFromDatabase(LynxSettings settings, SqlDatabase database) {
    Path copying = settings.dataDir().resolve("timeline.copying");
    long started = System.nanoTime();
    long messages;
    try {
      deleteTree(copying);
      try (RocksTimeline rocks = RocksTimeline.open(copying, false)) {
        RocksTimelineImport into = rocks.importing();
        database.timelineExport().exportTo(rowsInto(into));
        messages = into.finish();
      }
      Files.move(copying, directory(settings), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the timeline into " + copying, e);
    }
    long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
    LOG.info(
        "copied the "
            + messages
            + " messages, inboxes and read positions of this data directory"
            + " from its H2 database into RocksDB in "
            + took
            + " ms");
  }

  private static SqlTimelineExport.Rows rowsInto(RocksTimelineImport into) {
    return new SqlTimelineExport.Rows() {
      @Override
      public void message(Message message) {
        into.message(message);
      }

      @Override
      public void systemNumber(ConversationId conversation, long seq, long number) {
        into.systemNumber(conversation, seq, number);
      }

      @Override
      public void inboxEntry(
          UserId owner, long inboxSeq, ConversationId conversation, long seq, long addedAt) {
        into.inboxEntry(owner, inboxSeq, conversation, seq, addedAt);
      }

      @Override
      public void inboxHead(UserId owner, long lastInboxSeq, long firstKept) {
        into.inboxHead(owner, lastInboxSeq, firstKept);
      }

      @Override
      public void inboxFill(ConversationId conversation, long filledSeq) {
        into.inboxFill(conversation, filledSeq);
      }

      @Override
      public void position(UserId user, ConversationId conversation, long lastAckSeq) {
        into.position(user, conversation, lastAckSeq);
      }
    };
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static boolean inRocksDb(LynxSettings settings, SqlDatabase database) {
    return switch (settings.timelineStore()) {
      case "rocksdb" -> {
        if (settings.cluster()) {
          throw new IllegalArgumentException(
              "the cluster shape keeps its timeline in the shared database: lynx.timeline.store"
                  + " must be database or empty");
        }
        yield true;
      }
      case "database" -> false;
      default -> {
        if (settings.cluster() || settings.dbUrl().isPresent()) {
          yield false;
        }
        boolean fresh = !Files.exists(directory(settings));
        Optional<String> unavailable = RocksTimeline.unavailableBecause();
        if (fresh && unavailable.isPresent()) {
          LOG.warning(
              "RocksDB cannot run on this platform ("
                  + unavailable.get()
                  + "): the messages are kept in the database");
          yield false;
        }
        if (fresh && database.holdsMessages()) {
          copyFromDatabase(settings, database);
        }
        yield true;
      }
    };
  }
}
