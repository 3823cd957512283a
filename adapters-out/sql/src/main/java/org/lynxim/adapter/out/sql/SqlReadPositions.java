package org.lynxim.adapter.out.sql;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.lynxim.application.messaging.port.out.ReadPositions;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.user.UserId;

/** Read positions in SQL; the database's GREATEST keeps them moving forward under races. */
public final class SqlReadPositions implements ReadPositions {
  private static final String LOCK_ROW =
      "SELECT last_ack_seq FROM read_positions WHERE user_id = ? AND conversation_id = ? FOR UPDATE";
  private static final List<SqlDialect.Column> READER =
      List.of(
          new SqlDialect.Column("user_id", "VARCHAR(32)"),
          new SqlDialect.Column("conversation_id", "VARCHAR(100)"));
  private static final SqlDialect.Column LAST_ACK_SEQ =
      new SqlDialect.Column("last_ack_seq", "BIGINT");
  private static final String ONE =
      "SELECT last_ack_seq FROM read_positions WHERE user_id = ? AND conversation_id = ?";
  private static final String ALL =
      "SELECT conversation_id, last_ack_seq FROM read_positions WHERE user_id = ?";

  private static final int READERS_PER_STATEMENT = 500;

  private final DbClient db;
  private final SqlDialect dialect;
  private final String upsertOne;

  SqlReadPositions(DbClient db, SqlDialect dialect) {
    this.db = db;
    this.dialect = dialect;
    this.upsertOne = upsert(1);
  }

  private String upsert(int rows) {
    return dialect.upsertKeepingMax("read_positions", READER, LAST_ACK_SEQ, List.of(), rows);
  }

  /**
   * Locks the row, then writes it if the position moved. Where there is no row yet, the lock is a
   * gap lock, and two first acks of one user in neighbouring conversations can deadlock on their
   * inserts: the loser is rolled back and tried again.
   */
  @Override
  public Advance advance(UserId user, ConversationId conversation, ReadPosition position) {
    return SqlFailures.retryingConflicts(() -> advanceOnce(user, conversation, position));
  }

  private Advance advanceOnce(UserId user, ConversationId conversation, ReadPosition position) {
    return SqlFailures.inTransaction(
        db,
        tx -> {
          ReadPosition before =
              tx.get(LOCK_ROW, user.value(), conversation.value())
                  .map(SqlReadPositions::toPosition)
                  .orElse(new ReadPosition(0));
          ReadPosition after = before.max(position);
          if (after.lastAckSeq() > before.lastAckSeq()) {
            tx.insert(upsertOne, user.value(), conversation.value(), after.lastAckSeq());
          }
          return new Advance(before, after);
        });
  }

  /** One multi-row upsert that never moves a position back. */
  @Override
  public void advanceAll(Map<Reader, ReadPosition> moves) {
    if (moves.isEmpty()) {
      return;
    }
    List<Object> params = new ArrayList<>(moves.size() * 3);
    moves.forEach(
        (reader, position) -> {
          params.add(reader.user().value());
          params.add(reader.conversation().value());
          params.add(position.lastAckSeq());
        });
    String sql = upsert(moves.size());
    SqlFailures.retryingConflicts(
        () -> SqlFailures.reading(() -> db.execute().createInsert(sql).params(params).execute()));
  }

  @Override
  public ReadPosition of(UserId user, ConversationId conversation) {
    return SqlFailures.reading(
        () ->
            db.execute()
                .get(ONE, user.value(), conversation.value())
                .map(SqlReadPositions::toPosition)
                .orElse(new ReadPosition(0)));
  }

  /** Key lookups on the primary key, a bounded number per statement. */
  @Override
  public Map<Reader, ReadPosition> of(Collection<Reader> readers) {
    List<Reader> wanted = List.copyOf(new HashSet<>(readers));
    Map<Reader, ReadPosition> found = new HashMap<>();
    for (int from = 0; from < wanted.size(); from += READERS_PER_STATEMENT) {
      List<Reader> chunk =
          wanted.subList(from, Math.min(wanted.size(), from + READERS_PER_STATEMENT));
      List<Object> params = new ArrayList<>(chunk.size() * 2);
      chunk.forEach(
          reader -> {
            params.add(reader.user().value());
            params.add(reader.conversation().value());
          });
      String sql =
          "SELECT user_id, conversation_id, last_ack_seq FROM read_positions WHERE "
              + String.join(
                  " OR ",
                  Collections.nCopies(chunk.size(), "(user_id = ? AND conversation_id = ?)"));
      SqlFailures.reading(
          () -> {
            try (Stream<DbRow> rows = db.execute().query(sql, params.toArray())) {
              rows.forEach(
                  row ->
                      found.put(
                          new Reader(
                              UserId.of(row.column("user_id").getString()),
                              ConversationId.parse(row.column("conversation_id").getString())),
                          toPosition(row)));
            }
            return null;
          });
    }
    return found;
  }

  @Override
  public Map<ConversationId, ReadPosition> allOf(UserId user) {
    return SqlFailures.reading(
        () -> {
          Map<ConversationId, ReadPosition> positions = new HashMap<>();
          try (Stream<DbRow> rows = db.execute().query(ALL, user.value())) {
            rows.forEach(
                row ->
                    positions.put(
                        ConversationId.parse(row.column("conversation_id").getString()),
                        toPosition(row)));
          }
          return positions;
        });
  }

  private static ReadPosition toPosition(DbRow row) {
    return new ReadPosition(row.column("last_ack_seq").getLong());
  }
}
