package org.lynxim.adapter.out.sql;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.user.UserId;

/**
 * Reads out everything of the timeline this database holds (messages, system numbers, inboxes, read
 * positions), table by table, for moving it to another store once. Rows stream through as the
 * database returns them; nothing is changed here.
 */
public final class SqlTimelineExport {

  /** Where the rows go. */
  public interface Rows {
    void message(Message message);

    void systemNumber(ConversationId conversation, long seq, long number);

    void inboxEntry(
        UserId owner, long inboxSeq, ConversationId conversation, long seq, long addedAt);

    void inboxHead(UserId owner, long lastInboxSeq, long firstKept);

    void inboxFill(ConversationId conversation, long filledSeq);

    void position(UserId user, ConversationId conversation, long lastAckSeq);
  }

  private final DbClient db;

  SqlTimelineExport(DbClient db) {
    this.db = db;
  }

  public void exportTo(Rows rows) {
    each(
        "SELECT conversation_id, seq, msg_id, sender_id, msg_type, content, send_time, reply_to,"
            + " stream, recalled, edited_at FROM messages",
        row -> rows.message(MessageRows.toDomain(row)));
    each(
        "SELECT conversation_id, seq, system_no FROM system_messages",
        row ->
            rows.systemNumber(
                conversation(row), row.column("seq").getLong(), row.column("system_no").getLong()));
    each(
        "SELECT user_id, inbox_seq, conversation_id, seq, added_at FROM inbox_entries",
        row ->
            rows.inboxEntry(
                user(row),
                row.column("inbox_seq").getLong(),
                conversation(row),
                row.column("seq").getLong(),
                row.column("added_at").getLong()));
    each(
        "SELECT user_id, last_inbox_seq, first_kept FROM inbox_heads",
        row ->
            rows.inboxHead(
                user(row),
                row.column("last_inbox_seq").getLong(),
                row.column("first_kept").getLong()));
    each(
        "SELECT conversation_id, filled_seq FROM inbox_fills",
        row -> rows.inboxFill(conversation(row), row.column("filled_seq").getLong()));
    each(
        "SELECT user_id, conversation_id, last_ack_seq FROM read_positions",
        row -> rows.position(user(row), conversation(row), row.column("last_ack_seq").getLong()));
  }

  private void each(String sql, Consumer<DbRow> handler) {
    SqlFailures.reading(
        () -> {
          try (Stream<DbRow> rows = db.execute().query(sql)) {
            rows.forEach(handler);
          }
          return null;
        });
  }

  private static ConversationId conversation(DbRow row) {
    return ConversationId.parse(row.column("conversation_id").getString());
  }

  private static UserId user(DbRow row) {
    return UserId.of(row.column("user_id").getString());
  }
}
