package org.lynxim.bootstrap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Logger;
import org.lynxim.adapter.out.rocksdb.RocksMessageStore;
import org.lynxim.adapter.out.rocksdb.RocksTimeline;
import org.lynxim.adapter.out.sql.SqlDatabase;
import org.lynxim.adapter.out.sql.SqlMessageLinks;
import org.lynxim.adapter.out.sql.SqlMessageStore;
import org.lynxim.application.messaging.port.out.ConversationHeads;
import org.lynxim.application.messaging.port.out.InboxStore;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.application.messaging.port.out.ReadPositions;

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
        if (!Files.exists(directory(settings)) && database.holdsMessages()) {
          // A data directory from before: its messages stay where they are, so none goes missing.
          LOG.info(
              "the messages of this data directory are in its H2 database; they stay there"
                  + " (a new data directory keeps them in RocksDB, which stores sends faster)");
          yield false;
        }
        yield true;
      }
    };
  }
}
