package org.lynxim.adapter.out.sql;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.DbRow;
import io.helidon.dbclient.DbTransaction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.lynxim.application.port.out.InboxStore;
import org.lynxim.domain.conversation.InboxEntry;
import org.lynxim.domain.conversation.InboxWindow;
import org.lynxim.domain.user.UserId;

/**
 * Inboxes in SQL. An append locks each owner's head row (owners in name order, so that two appends
 * never wait on each other crosswise), numbers the owner's entries after the head, inserts them and
 * moves the head, all in one transaction.
 */
public final class SqlInboxStore implements InboxStore {
  private static final List<SqlDialect.Column> OWNER =
      List.of(new SqlDialect.Column("user_id", "VARCHAR(32)"));
  private static final SqlDialect.Column LAST = new SqlDialect.Column("last_inbox_seq", "BIGINT");
  private static final List<SqlDialect.Column> FIRST_KEPT =
      List.of(new SqlDialect.Column("first_kept", "BIGINT"));
  private static final String LOCK_HEAD =
      "SELECT last_inbox_seq FROM inbox_heads WHERE user_id = ? FOR UPDATE";
  private static final String MOVE_HEAD =
      "UPDATE inbox_heads SET last_inbox_seq = ? WHERE user_id = ?";
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
      "UPDATE inbox_heads SET first_kept = COALESCE((SELECT MIN(e.inbox_seq) FROM inbox_entries e"
          + " WHERE e.user_id = inbox_heads.user_id), last_inbox_seq + 1)";

  private final DbClient db;
  private final SqlDialect dialect;
  private final Clock clock;

  SqlInboxStore(DbClient db, SqlDialect dialect, Clock clock) {
    this.db = db;
    this.dialect = dialect;
    this.clock = clock;
  }

  @Override
  public List<InboxEntry> append(List<Addition> additions) {
    if (additions.isEmpty()) {
      return List.of();
    }
    return SqlFailures.retryingConflicts(() -> appendOnce(additions));
  }

  private List<InboxEntry> appendOnce(List<Addition> additions) {
    Map<UserId, List<Integer>> byOwner = new TreeMap<>();
    for (int i = 0; i < additions.size(); i++) {
      byOwner.computeIfAbsent(additions.get(i).owner(), owner -> new ArrayList<>()).add(i);
    }
    InboxEntry[] entries = new InboxEntry[additions.size()];
    long now = clock.millis();
    DbTransaction tx = SqlFailures.reading(db::transaction);
    try {
      // Every owner gets a head row first (a no-op for existing ones), then each is locked.
      List<Object> newHeads = new ArrayList<>();
      byOwner.keySet().forEach(owner -> Collections.addAll(newHeads, owner.value(), 0L, 1L));
      tx.createInsert(
              dialect.upsertKeepingMax("inbox_heads", OWNER, LAST, FIRST_KEPT, byOwner.size()))
          .params(newHeads)
          .execute();
      List<Object> rows = new ArrayList<>();
      for (var owner : byOwner.entrySet()) {
        long last =
            tx.get(LOCK_HEAD, owner.getKey().value())
                .map(row -> row.column("last_inbox_seq").getLong())
                .orElseThrow();
        for (int index : owner.getValue()) {
          Addition addition = additions.get(index);
          entries[index] = new InboxEntry(addition.owner(), ++last, addition.message());
          Collections.addAll(
              rows,
              addition.owner().value(),
              last,
              addition.message().conversationId().value(),
              addition.message().seq(),
              now);
        }
        tx.update(MOVE_HEAD, last, owner.getKey().value());
      }
      tx.createInsert(INSERT_ENTRIES + SqlDialect.valueRows(additions.size(), 5))
          .params(rows)
          .execute();
      tx.commit();
      return List.of(entries);
    } catch (DbClientException e) {
      SqlMessageStore.rollbackQuietly(tx);
      throw SqlFailures.unavailable(e);
    } catch (RuntimeException e) {
      SqlMessageStore.rollbackQuietly(tx);
      throw e;
    }
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
