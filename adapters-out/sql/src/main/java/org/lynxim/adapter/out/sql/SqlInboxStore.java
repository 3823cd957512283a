package org.lynxim.adapter.out.sql;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import io.helidon.dbclient.DbTransaction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.lynxim.application.messaging.port.out.InboxStore;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.InboxEntry;
import org.lynxim.domain.conversation.InboxFill;
import org.lynxim.domain.conversation.InboxWindow;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.user.UserId;

/**
 * Inboxes in SQL. A fill locks the conversation's fill row, then each owner's head row (owners in
 * name order, so that two fills never wait on each other crosswise), numbers the owner's entries
 * after the head, inserts them and moves the head and the fill, all in one transaction: a user's
 * entries commit in inbox_seq order, and a repeated fill finds its messages filled already.
 */
public final class SqlInboxStore implements InboxStore {
  private static final List<SqlDialect.Column> OWNER =
      List.of(new SqlDialect.Column("user_id", "VARCHAR(32)"));
  private static final SqlDialect.Column LAST = new SqlDialect.Column("last_inbox_seq", "BIGINT");
  private static final List<SqlDialect.Column> FIRST_KEPT =
      List.of(new SqlDialect.Column("first_kept", "BIGINT"));
  private static final List<SqlDialect.Column> CONVERSATION =
      List.of(new SqlDialect.Column("conversation_id", "VARCHAR(100)"));
  private static final SqlDialect.Column FILLED = new SqlDialect.Column("filled_seq", "BIGINT");
  private static final String LOCK_FILLS =
      "SELECT conversation_id, filled_seq FROM inbox_fills WHERE conversation_id IN ";
  private static final String READ_HEADS =
      "SELECT user_id, last_inbox_seq FROM inbox_heads WHERE user_id IN ";
  private static final String START_AFTER =
      "UPDATE inbox_heads SET first_kept = ? WHERE user_id = ?";
  private static final int ROWS_PER_INSERT = 2000;
  private static final String COUNT_STORED =
      "SELECT COUNT(*) AS stored FROM messages WHERE conversation_id = ? AND seq > ? AND seq <= ?";
  private static final String BEHIND_TIMELINE =
      "SELECT h.conversation_id, COALESCE(f.filled_seq, 0) AS filled_seq FROM conversation_heads h"
          + " LEFT JOIN inbox_fills f ON f.conversation_id = h.conversation_id"
          + " WHERE h.last_seq > COALESCE(f.filled_seq, 0) LIMIT ?";
  private static final String INSERT_ENTRIES =
      "INSERT INTO inbox_entries (user_id, inbox_seq, conversation_id, seq, added_at) VALUES ";
  private static final String READ_AFTER =
      "SELECT e.user_id, e.inbox_seq, m.conversation_id, m.seq, m.msg_id, m.sender_id, m.msg_type,"
          + " m.content, m.send_time, m.recalled, m.edited_at, m.reply_to, m.stream"
          + " FROM inbox_entries e JOIN messages m"
          + " ON m.conversation_id = e.conversation_id AND m.seq = e.seq"
          + " WHERE e.user_id = ? AND e.inbox_seq > ? ORDER BY e.user_id, e.inbox_seq LIMIT ?";
  private static final String WINDOW =
      "SELECT last_inbox_seq, first_kept FROM inbox_heads WHERE user_id = ?";
  private static final String TRIM =
      "DELETE FROM inbox_entries WHERE added_at < ? AND inbox_seq <="
          + " (SELECT h.last_inbox_seq - ? FROM inbox_heads h WHERE h.user_id = inbox_entries.user_id)";
  private static final String MOVE_FIRST_KEPT =
      "UPDATE inbox_heads SET first_kept = GREATEST(first_kept, COALESCE((SELECT MIN(e.inbox_seq)"
          + " FROM inbox_entries e WHERE e.user_id = inbox_heads.user_id), last_inbox_seq + 1))";

  private final DbClient db;
  private final SqlDialect dialect;
  private final Clock clock;

  SqlInboxStore(DbClient db, SqlDialect dialect, Clock clock) {
    this.db = db;
    this.dialect = dialect;
    this.clock = clock;
  }

  @Override
  public List<InboxEntry> append(List<Fill> fills) {
    List<Fill> nonEmpty = fills.stream().filter(fill -> !fill.messages().isEmpty()).toList();
    if (nonEmpty.isEmpty()) {
      return List.of();
    }
    return SqlFailures.retryingConflicts(() -> appendOnce(nonEmpty));
  }

  private List<InboxEntry> appendOnce(List<Fill> fills) {
    long now = clock.millis();
    return SqlFailures.inTransaction(
        db,
        tx -> {
          Map<ConversationId, Long> filled = lockFills(tx, fills);
          List<Fill> fresh = new ArrayList<>();
          Set<UserId> afterHole = new HashSet<>();
          List<Object> fillMoves = new ArrayList<>();
          for (Fill fill : fills) {
            long filledSeq = filled.get(fill.conversation());
            InboxFill next = InboxFill.after(filledSeq, fill.messages());
            if (!next.isEmpty()) {
              fresh.add(new Fill(fill.conversation(), next.fresh(), fill.owners()));
              if (next.isAfterLostFill(
                  () -> storedAmong(tx, fill.conversation(), filledSeq, next.fresh()))) {
                afterHole.addAll(fill.owners());
              }
              Collections.addAll(fillMoves, fill.conversation().value(), next.newFilledSeq());
            }
          }
          List<InboxEntry> entries = List.of();
          if (!fresh.isEmpty()) {
            tx.createInsert(
                    dialect.upsertKeepingMax(
                        "inbox_fills", CONVERSATION, FILLED, List.of(), fillMoves.size() / 2))
                .params(fillMoves)
                .execute();
            entries = fillInboxes(tx, fresh, afterHole, now);
          }
          return entries;
        });
  }

  /** How many messages are stored after the filled seq, up to the last new one. */
  private static long storedAmong(
      DbTransaction tx, ConversationId conversation, long filledSeq, List<Message> messages) {
    return tx.get(COUNT_STORED, conversation.value(), filledSeq, messages.getLast().seq())
        .map(row -> row.column("stored").getLong())
        .orElse(0L);
  }

  /**
   * Creates the conversations' fill rows where missing, locks them and answers their filled seqs.
   */
  private Map<ConversationId, Long> lockFills(DbTransaction tx, List<Fill> fills) {
    List<String> conversations =
        fills.stream().map(fill -> fill.conversation().value()).distinct().sorted().toList();
    List<Object> newRows = new ArrayList<>();
    conversations.forEach(conversation -> Collections.addAll(newRows, conversation, 0L));
    tx.createInsert(
            dialect.upsertKeepingMax(
                "inbox_fills", CONVERSATION, FILLED, List.of(), conversations.size()))
        .params(newRows)
        .execute();
    Map<ConversationId, Long> filled = new HashMap<>();
    try (Stream<DbRow> rows =
        tx.query(
            LOCK_FILLS + SqlDialect.valueRows(1, conversations.size()) + " FOR UPDATE",
            conversations.toArray())) {
      rows.forEach(
          row ->
              filled.put(
                  ConversationId.parse(row.column("conversation_id").getString()),
                  row.column("filled_seq").getLong()));
    }
    return filled;
  }

  /**
   * Numbers the new messages in each owner's inbox after its head (heads locked in name order, so
   * that two fills never wait on each other crosswise), inserts them and moves the heads.
   */
  private List<InboxEntry> fillInboxes(
      DbTransaction tx, List<Fill> fresh, Set<UserId> afterHole, long now) {
    List<String> owners =
        fresh.stream()
            .flatMap(fill -> fill.owners().stream())
            .map(UserId::value)
            .distinct()
            .sorted()
            .toList();
    if (owners.isEmpty()) {
      return List.of();
    }
    Map<UserId, Long> counts = new HashMap<>();
    for (Fill fill : fresh) {
      fill.owners().forEach(owner -> counts.merge(owner, (long) fill.messages().size(), Long::sum));
    }
    Map<UserId, Long> heads = takeInboxSeqs(tx, owners, counts);
    Map<UserId, Long> next = new HashMap<>();
    heads.forEach((owner, head) -> next.put(owner, head - counts.get(owner)));
    List<InboxEntry> entries = new ArrayList<>();
    List<Object> rows = new ArrayList<>();
    for (Fill fill : fresh) {
      for (Message message : fill.messages()) {
        for (UserId owner : fill.owners()) {
          long inboxSeq = next.merge(owner, 1L, Long::sum);
          entries.add(new InboxEntry(owner, inboxSeq, message));
          Collections.addAll(
              rows, owner.value(), inboxSeq, message.conversationId().value(), message.seq(), now);
        }
      }
    }
    for (int from = 0; from < entries.size(); from += ROWS_PER_INSERT) {
      int count = Math.min(ROWS_PER_INSERT, entries.size() - from);
      tx.createInsert(INSERT_ENTRIES + SqlDialect.valueRows(count, 5))
          .params(rows.subList(from * 5, (from + count) * 5))
          .execute();
    }
    for (UserId owner : afterHole) {
      // After a lost fill, what came before cannot be served without a gap: start after it.
      tx.update(START_AFTER, heads.get(owner) + 1, owner.value());
    }
    return entries;
  }

  /**
   * Moves each owner's head on by its count of new entries, creating heads where missing (in name
   * order, so that two fills never wait on each other crosswise; the move also locks the row until
   * commit, so a user's entries commit in inbox_seq order), and answers the heads after the move.
   */
  private Map<UserId, Long> takeInboxSeqs(
      DbTransaction tx, List<String> owners, Map<UserId, Long> counts) {
    List<Object> moves = new ArrayList<>();
    owners.forEach(owner -> Collections.addAll(moves, owner, counts.get(UserId.of(owner)), 1L));
    tx.createInsert(dialect.upsertAdding("inbox_heads", OWNER, LAST, FIRST_KEPT, owners.size()))
        .params(moves)
        .execute();
    Map<UserId, Long> heads = new HashMap<>();
    try (Stream<DbRow> rows =
        tx.query(READ_HEADS + SqlDialect.valueRows(1, owners.size()), owners.toArray())) {
      rows.forEach(
          row ->
              heads.put(
                  UserId.of(row.column("user_id").getString()),
                  row.column("last_inbox_seq").getLong()));
    }
    return heads;
  }

  @Override
  public Map<ConversationId, Long> behindTimeline(int max) {
    return SqlFailures.reading(
        () -> {
          Map<ConversationId, Long> behind = new LinkedHashMap<>();
          try (Stream<DbRow> rows = db.execute().query(BEHIND_TIMELINE, max)) {
            rows.forEach(
                row ->
                    behind.put(
                        ConversationId.parse(row.column("conversation_id").getString()),
                        row.column("filled_seq").getLong()));
          }
          return behind;
        });
  }

  @Override
  public InboxWindow window(UserId owner) {
    return SqlFailures.reading(
        () ->
            db.execute()
                .get(WINDOW, owner.value())
                .map(
                    row ->
                        new InboxWindow(
                            row.column("first_kept").getLong(),
                            row.column("last_inbox_seq").getLong()))
                .orElse(InboxWindow.empty()));
  }

  @Override
  public List<InboxEntry> readAfter(UserId owner, long cursor, int max) {
    return SqlFailures.reading(
        () -> {
          try (Stream<DbRow> rows = db.execute().query(READ_AFTER, owner.value(), cursor, max)) {
            return rows.map(
                    row ->
                        new InboxEntry(
                            owner, row.column("inbox_seq").getLong(), MessageRows.toDomain(row)))
                .toList();
          }
        });
  }

  @Override
  public int trim(long addedBefore, int keepLatest) {
    return SqlFailures.reading(
        () -> {
          DbTransaction tx = db.transaction();
          try {
            long dropped = tx.delete(TRIM, addedBefore, (long) keepLatest);
            tx.update(MOVE_FIRST_KEPT);
            tx.commit();
            return (int) dropped;
          } catch (RuntimeException e) {
            SqlMessageStore.rollbackQuietly(tx);
            throw e;
          }
        });
  }
}
