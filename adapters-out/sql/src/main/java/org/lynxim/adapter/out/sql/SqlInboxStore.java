package org.lynxim.adapter.out.sql;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.DbRow;
import io.helidon.dbclient.DbTransaction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.lynxim.application.port.out.InboxStore;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.InboxEntry;
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
  private static final String LOCK_HEAD =
      "SELECT last_inbox_seq FROM inbox_heads WHERE user_id = ? FOR UPDATE";
  private static final List<SqlDialect.Column> CONVERSATION =
      List.of(new SqlDialect.Column("conversation_id", "VARCHAR(100)"));
  private static final SqlDialect.Column FILLED = new SqlDialect.Column("filled_seq", "BIGINT");
  private static final String LOCK_FILL =
      "SELECT filled_seq FROM inbox_fills WHERE conversation_id = ? FOR UPDATE";
  private static final String MOVE_FILL =
      "UPDATE inbox_fills SET filled_seq = ? WHERE conversation_id = ?";
  private static final String MOVE_HEAD =
      "UPDATE inbox_heads SET last_inbox_seq = ? WHERE user_id = ?";
  private static final String MOVE_HEAD_PAST_HOLE =
      "UPDATE inbox_heads SET last_inbox_seq = ?, first_kept = ? WHERE user_id = ?";
  private static final String BEHIND_TIMELINE =
      "SELECT h.conversation_id, COALESCE(f.filled_seq, 0) AS filled_seq FROM conversation_heads h"
          + " LEFT JOIN inbox_fills f ON f.conversation_id = h.conversation_id"
          + " WHERE h.last_seq > COALESCE(f.filled_seq, 0) LIMIT ?";
  private static final String INSERT_ENTRIES =
      "INSERT INTO inbox_entries (user_id, inbox_seq, conversation_id, seq, added_at) VALUES ";
  private static final String READ_AFTER =
      "SELECT e.user_id, e.inbox_seq, m.conversation_id, m.seq, m.msg_id, m.sender_id, m.msg_type,"
          + " m.content, m.send_time FROM inbox_entries e JOIN messages m"
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
  public List<InboxEntry> append(
      ConversationId conversation, List<Message> messages, Collection<UserId> owners) {
    if (messages.isEmpty()) {
      return List.of();
    }
    List<UserId> lockOrder = owners.stream().distinct().sorted().toList();
    return SqlFailures.retryingConflicts(() -> appendOnce(conversation, messages, lockOrder));
  }

  private List<InboxEntry> appendOnce(
      ConversationId conversation, List<Message> messages, List<UserId> owners) {
    long now = clock.millis();
    DbTransaction tx = SqlFailures.reading(db::transaction);
    try {
      long filledSeq = lockFill(tx, conversation);
      List<Message> fresh = messages.stream().filter(m -> m.seq() > filledSeq).toList();
      if (fresh.isEmpty()) {
        tx.commit();
        return List.of();
      }
      boolean hole = fresh.getFirst().seq() != filledSeq + 1;
      tx.update(MOVE_FILL, fresh.getLast().seq(), conversation.value());
      List<InboxEntry> entries = owners.isEmpty() ? List.of() : fill(tx, fresh, owners, hole, now);
      tx.commit();
      return entries;
    } catch (DbClientException e) {
      SqlMessageStore.rollbackQuietly(tx);
      throw SqlFailures.unavailable(e);
    } catch (RuntimeException e) {
      SqlMessageStore.rollbackQuietly(tx);
      throw e;
    }
  }

  /** Creates the conversation's fill row when missing, locks it and answers its filled seq. */
  private long lockFill(DbTransaction tx, ConversationId conversation) {
    tx.createInsert(dialect.upsertKeepingMax("inbox_fills", CONVERSATION, FILLED, List.of(), 1))
        .params(conversation.value(), 0L)
        .execute();
    return tx.get(LOCK_FILL, conversation.value())
        .map(row -> row.column("filled_seq").getLong())
        .orElseThrow();
  }

  /**
   * Numbers the messages in each owner's inbox after its head (heads locked in name order, so that
   * two fills never wait on each other crosswise) and inserts them.
   */
  private List<InboxEntry> fill(
      DbTransaction tx, List<Message> fresh, List<UserId> owners, boolean hole, long now) {
    List<Object> newHeads = new ArrayList<>();
    owners.forEach(owner -> Collections.addAll(newHeads, owner.value(), 0L, 1L));
    tx.createInsert(dialect.upsertKeepingMax("inbox_heads", OWNER, LAST, FIRST_KEPT, owners.size()))
        .params(newHeads)
        .execute();
    Map<UserId, Long> heads = new HashMap<>();
    for (UserId owner : owners) {
      heads.put(
          owner,
          tx.get(LOCK_HEAD, owner.value())
              .map(row -> row.column("last_inbox_seq").getLong())
              .orElseThrow());
    }
    List<InboxEntry> entries = new ArrayList<>(fresh.size() * owners.size());
    List<Object> rows = new ArrayList<>(fresh.size() * owners.size() * 5);
    for (Message message : fresh) {
      for (UserId owner : owners) {
        long inboxSeq = heads.merge(owner, 1L, Long::sum);
        entries.add(new InboxEntry(owner, inboxSeq, message));
        Collections.addAll(
            rows, owner.value(), inboxSeq, message.conversationId().value(), message.seq(), now);
      }
    }
    for (UserId owner : owners) {
      long head = heads.get(owner);
      // After a lost fill, what came before cannot be served without a gap: start after it.
      if (hole) {
        tx.update(MOVE_HEAD_PAST_HOLE, head, head + 1, owner.value());
      } else {
        tx.update(MOVE_HEAD, head, owner.value());
      }
    }
    tx.createInsert(INSERT_ENTRIES + SqlDialect.valueRows(entries.size(), 5))
        .params(rows)
        .execute();
    return entries;
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
