package org.lynxim.adapter.out.sql;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.lynxim.application.messaging.port.out.ConversationSettingsStore;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationSettings;
import org.lynxim.domain.conversation.Draft;
import org.lynxim.domain.user.UserId;

/** Conversation settings in the database: a row per user and conversation it set anything for. */
public final class SqlConversationSettings implements ConversationSettingsStore {
  private static final String COLUMNS =
      "conversation_id, pinned_at, muted, draft, cleared_seq, hidden, changed_at";
  private static final String ONE =
      "SELECT " + COLUMNS + " FROM conversation_settings WHERE user_id = ? AND conversation_id = ?";
  private static final String LOCK = ONE + " FOR UPDATE";
  private static final String ALL =
      "SELECT " + COLUMNS + " FROM conversation_settings WHERE user_id = ?";
  private static final String INSERT =
      "INSERT INTO conversation_settings (user_id, "
          + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String UPDATE =
      "UPDATE conversation_settings SET pinned_at = ?, muted = ?, draft = ?, cleared_seq = ?,"
          + " hidden = ?, changed_at = ? WHERE user_id = ? AND conversation_id = ?";

  private final DbClient db;

  SqlConversationSettings(DbClient db) {
    this.db = db;
  }

  @Override
  public ConversationSettings of(UserId user, ConversationId conversation) {
    return SqlFailures.reading(
        () ->
            db.execute()
                .get(ONE, user.value(), conversation.value())
                .map(SqlConversationSettings::toSettings)
                .orElse(ConversationSettings.NONE));
  }

  @Override
  public Map<ConversationId, ConversationSettings> allOf(UserId user) {
    return SqlFailures.reading(
        () -> {
          Map<ConversationId, ConversationSettings> all = new HashMap<>();
          try (Stream<DbRow> rows = db.execute().query(ALL, user.value())) {
            rows.forEach(
                row ->
                    all.put(
                        ConversationId.parse(row.column("conversation_id").getString()),
                        toSettings(row)));
          }
          return all;
        });
  }

  @Override
  public ConversationSettings change(
      UserId user, ConversationId conversation, UnaryOperator<ConversationSettings> change) {
    // Two first changes of one row race on its key; the loser is retried and finds the row.
    return SqlFailures.retryingConflicts(
        () ->
            SqlFailures.inTransaction(
                db,
                tx -> {
                  Optional<ConversationSettings> stored =
                      tx.get(LOCK, user.value(), conversation.value())
                          .map(SqlConversationSettings::toSettings);
                  ConversationSettings changed =
                      change.apply(stored.orElse(ConversationSettings.NONE));
                  Object[] values = {
                    changed.pinnedAt().map(Instant::toEpochMilli).orElse(null),
                    changed.muted(),
                    changed.draft().map(Draft::text).orElse(null),
                    changed.clearedSeq(),
                    changed.hidden(),
                    changed.changedAt().toEpochMilli()
                  };
                  if (stored.isPresent()) {
                    tx.dml(
                        UPDATE,
                        values[0],
                        values[1],
                        values[2],
                        values[3],
                        values[4],
                        values[5],
                        user.value(),
                        conversation.value());
                  } else {
                    tx.dml(
                        INSERT,
                        user.value(),
                        conversation.value(),
                        values[0],
                        values[1],
                        values[2],
                        values[3],
                        values[4],
                        values[5]);
                  }
                  return changed;
                }));
  }

  private static ConversationSettings toSettings(DbRow row) {
    Long pinnedAt = row.column("pinned_at").get(Long.class);
    String draft = row.column("draft").getString();
    return new ConversationSettings(
        Optional.ofNullable(pinnedAt).map(Instant::ofEpochMilli),
        row.column("muted").getBoolean(),
        Optional.ofNullable(draft).map(Draft::new),
        row.column("cleared_seq").getLong(),
        row.column("hidden").getBoolean(),
        Instant.ofEpochMilli(row.column("changed_at").getLong()));
  }
}
