package org.lynxim.adapter.out.sql;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.lynxim.application.favorite.port.out.Favorites;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.StreamState;
import org.lynxim.domain.favorite.Favorite;
import org.lynxim.domain.favorite.FavoriteId;
import org.lynxim.domain.favorite.FavoriteKind;
import org.lynxim.domain.favorite.FavoriteQuery;
import org.lynxim.domain.favorite.Tags;
import org.lynxim.domain.user.UserId;

/**
 * Favorites in the database: a row each (a saved message with its snapshot), a row per tag, and a
 * row per trigram of its text ({@code favorite_grams}). A text query of three code points or more
 * reads only the owner's favorites holding all of the query's trigrams, and keeps those whose text
 * holds the query whole; a shorter one reads the owner's favorites newest first in batches.
 */
public final class SqlFavorites implements Favorites {
  private static final String COLUMNS =
      "f.favorite_id, f.user_id, f.kind, f.conversation_id, f.seq, f.snap_msg_id, f.snap_sender,"
          + " f.snap_type, f.snap_content, f.snap_send_time, f.snap_recalled, f.snap_edited_at,"
          + " f.snap_reply_to, f.title, f.content, f.note, f.created_at";
  private static final String INSERT =
      "INSERT INTO favorites (favorite_id, user_id, kind, conversation_id, seq, message_key,"
          + " snap_msg_id, snap_sender, snap_type, snap_content, snap_send_time, snap_recalled,"
          + " snap_edited_at, snap_reply_to, title, content, note, created_at, grams_indexed)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)";
  private static final String BY_MESSAGE =
      "SELECT " + COLUMNS + " FROM favorites f WHERE f.user_id = ? AND f.message_key = ?";
  private static final String BY_ID =
      "SELECT " + COLUMNS + " FROM favorites f WHERE f.user_id = ? AND f.favorite_id = ?";
  private static final String UPDATE =
      "UPDATE favorites SET title = ?, content = ?, note = ? WHERE user_id = ? AND favorite_id = ?";
  private static final String DELETE =
      "DELETE FROM favorites WHERE user_id = ? AND favorite_id = ?";
  private static final String DELETE_TAGS = "DELETE FROM favorite_tags WHERE favorite_id = ?";
  private static final String INSERT_TAG =
      "INSERT INTO favorite_tags (favorite_id, user_id, tag, position) VALUES (?, ?, ?, ?)";
  private static final String TAG_COUNTS =
      "SELECT tag, COUNT(*) AS uses FROM favorite_tags WHERE user_id = ? GROUP BY tag ORDER BY tag";
  private static final String RECALLED =
      "UPDATE favorites SET snap_content = '', snap_recalled = TRUE"
          + " WHERE conversation_id = ? AND seq = ? AND kind = 'message'";
  private static final String DELETE_GRAMS = "DELETE FROM favorite_grams WHERE favorite_id = ?";
  private static final String INSERT_GRAMS =
      "INSERT INTO favorite_grams (user_id, gram, favorite_id) VALUES ";
  private static final String MARK_INDEXED =
      "UPDATE favorites SET grams_indexed = TRUE WHERE favorite_id = ?";
  private static final String UNINDEXED =
      "SELECT " + COLUMNS + " FROM favorites f WHERE f.grams_indexed = FALSE LIMIT 200";
  private static final String OF_MESSAGE =
      "SELECT "
          + COLUMNS
          + " FROM favorites f WHERE f.conversation_id = ? AND f.seq = ?"
          + " AND f.kind = 'message'";
  private static final int BATCH = 200;
  private static final int GRAM_ROWS_PER_STATEMENT = 500;

  private final DbClient db;

  SqlFavorites(DbClient db) {
    this.db = db;
  }

  private static String messageKey(Message message) {
    return message.conversationId().value() + "#" + message.seq();
  }

  @Override
  public Saving save(Favorite favorite) {
    return SqlFailures.retryingConflicts(
        () ->
            SqlFailures.inTransaction(
                db,
                tx -> {
                  if (favorite.message().isPresent()) {
                    Optional<Favorite> saved =
                        tx.get(
                                BY_MESSAGE,
                                favorite.owner().value(),
                                messageKey(favorite.message().get()))
                            .map(row -> toFavorite(row, tags(tx, row)));
                    if (saved.isPresent()) {
                      return new Saving(saved.get(), false);
                    }
                  }
                  insert(tx, favorite);
                  return new Saving(favorite, true);
                }));
  }

  private static void insert(DbExecute tx, Favorite favorite) {
    Optional<Message> message = favorite.message();
    tx.dml(
        INSERT,
        favorite.id().value(),
        favorite.owner().value(),
        favorite.kind().wireName(),
        message.map(m -> m.conversationId().value()).orElse(null),
        message.map(Message::seq).orElse(null),
        message.map(SqlFavorites::messageKey).orElse(null),
        message.map(m -> m.msgId().value()).orElse(null),
        message.map(m -> m.sender().value()).orElse(null),
        message.map(m -> m.type().code()).orElse(null),
        message.map(m -> m.content().text()).orElse(null),
        message.map(Message::sendTime).orElse(null),
        message.map(Message::recalled).orElse(null),
        message.flatMap(Message::editedAt).orElse(null),
        message.flatMap(Message::replyTo).orElse(null),
        favorite.title().orElse(null),
        favorite.content().orElse(null),
        favorite.note().orElse(null),
        favorite.createdAt().toEpochMilli());
    writeTags(tx, favorite);
    writeGrams(tx, favorite);
  }

  /** The favorite's trigrams, replacing those it had. */
  private static void writeGrams(DbExecute tx, Favorite favorite) {
    tx.dml(DELETE_GRAMS, favorite.id().value());
    List<String> grams = List.copyOf(favorite.searchGrams());
    for (int from = 0; from < grams.size(); from += GRAM_ROWS_PER_STATEMENT) {
      List<String> chunk =
          grams.subList(from, Math.min(grams.size(), from + GRAM_ROWS_PER_STATEMENT));
      List<Object> rows = new ArrayList<>(chunk.size() * 3);
      for (String gram : chunk) {
        rows.add(favorite.owner().value());
        rows.add(gram);
        rows.add(favorite.id().value());
      }
      tx.createInsert(INSERT_GRAMS + SqlDialect.valueRows(chunk.size(), 3)).params(rows).execute();
    }
  }

  /**
   * Indexes the favorites saved before the trigram index existed, a batch at a time; run once at
   * start, before any search.
   */
  void indexUnindexed() {
    while (true) {
      int indexed =
          SqlFailures.inTransaction(
              db,
              tx -> {
                List<DbRow> rows;
                try (Stream<DbRow> stream = tx.query(UNINDEXED)) {
                  rows = stream.toList();
                }
                for (DbRow row : rows) {
                  Favorite favorite = toFavorite(row, List.of());
                  writeGrams(tx, favorite);
                  tx.dml(MARK_INDEXED, favorite.id().value());
                }
                return rows.size();
              });
      if (indexed == 0) {
        return;
      }
    }
  }

  private static void writeTags(DbExecute tx, Favorite favorite) {
    tx.dml(DELETE_TAGS, favorite.id().value());
    List<String> tags = favorite.tags().values();
    for (int i = 0; i < tags.size(); i++) {
      tx.dml(INSERT_TAG, favorite.id().value(), favorite.owner().value(), tags.get(i), i);
    }
  }

  @Override
  public Optional<Favorite> find(UserId owner, FavoriteId id) {
    return SqlFailures.reading(
        () -> {
          DbExecute execute = db.execute();
          return execute
              .get(BY_ID, owner.value(), id.value())
              .map(row -> toFavorite(row, tags(execute, row)));
        });
  }

  @Override
  public void update(Favorite favorite) {
    SqlFailures.inTransaction(
        db,
        tx -> {
          tx.dml(
              UPDATE,
              favorite.title().orElse(null),
              favorite.content().orElse(null),
              favorite.note().orElse(null),
              favorite.owner().value(),
              favorite.id().value());
          writeTags(tx, favorite);
          writeGrams(tx, favorite);
          return null;
        });
  }

  @Override
  public boolean delete(UserId owner, FavoriteId id) {
    return SqlFailures.inTransaction(
        db,
        tx -> {
          // Only the owner's own: someone else's id deletes nothing, tags included.
          if (tx.dml(DELETE, owner.value(), id.value()) == 0) {
            return false;
          }
          tx.dml(DELETE_TAGS, id.value());
          tx.dml(DELETE_GRAMS, id.value());
          return true;
        });
  }

  @Override
  public Page page(UserId owner, FavoriteQuery query) {
    return SqlFailures.reading(
        () -> {
          List<Favorite> found = new ArrayList<>();
          Optional<FavoriteQuery.Cursor> from = query.after();
          while (found.size() <= query.limit()) {
            List<Favorite> batch = batch(owner, query, from);
            for (Favorite favorite : batch) {
              if (query.matches(favorite)) {
                found.add(favorite);
              }
            }
            if (batch.size() < BATCH) {
              break;
            }
            Favorite last = batch.getLast();
            from = Optional.of(new FavoriteQuery.Cursor(last.createdAt(), last.id()));
          }
          boolean more = found.size() > query.limit();
          return new Page(more ? found.subList(0, query.limit()) : found, more);
        });
  }

  /** The next favorites after the cursor, newest first, with the query's kind and tag. */
  private List<Favorite> batch(
      UserId owner, FavoriteQuery query, Optional<FavoriteQuery.Cursor> after) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM favorites f");
    List<Object> params = new ArrayList<>();
    if (query.tag().isPresent()) {
      sql.append(" JOIN favorite_tags t ON t.favorite_id = f.favorite_id AND t.tag = ?");
      params.add(query.tag().get());
    }
    sql.append(" WHERE f.user_id = ?");
    params.add(owner.value());
    query
        .grams()
        .ifPresent(
            grams -> {
              sql.append(
                      " AND f.favorite_id IN (SELECT g.favorite_id FROM favorite_grams g"
                          + " WHERE g.user_id = ? AND g.gram IN (")
                  .append(String.join(", ", Collections.nCopies(grams.size(), "?")))
                  .append(") GROUP BY g.favorite_id HAVING COUNT(*) = ?)");
              params.add(owner.value());
              params.addAll(grams);
              params.add(grams.size());
            });
    query
        .kind()
        .ifPresent(
            kind -> {
              sql.append(" AND f.kind = ?");
              params.add(kind.wireName());
            });
    after.ifPresent(
        cursor -> {
          sql.append(" AND (f.created_at < ? OR (f.created_at = ? AND f.favorite_id < ?))");
          params.add(cursor.createdAt().toEpochMilli());
          params.add(cursor.createdAt().toEpochMilli());
          params.add(cursor.id().value());
        });
    sql.append(" ORDER BY f.created_at DESC, f.favorite_id DESC LIMIT ").append(BATCH);
    DbExecute execute = db.execute();
    List<DbRow> rows;
    try (Stream<DbRow> stream = execute.query(sql.toString(), params.toArray())) {
      rows = stream.toList();
    }
    Map<String, List<String>> tags = tagsOf(execute, rows);
    return rows.stream()
        .map(
            row ->
                toFavorite(
                    row, tags.getOrDefault(row.column("favorite_id").getString(), List.of())))
        .toList();
  }

  private static Map<String, List<String>> tagsOf(DbExecute execute, List<DbRow> rows) {
    Map<String, List<String>> tags = new HashMap<>();
    if (rows.isEmpty()) {
      return tags;
    }
    List<Object> ids =
        rows.stream().map(row -> (Object) row.column("favorite_id").getString()).toList();
    String sql =
        "SELECT favorite_id, tag FROM favorite_tags WHERE favorite_id IN ("
            + String.join(", ", Collections.nCopies(ids.size(), "?"))
            + ") ORDER BY favorite_id, position";
    try (Stream<DbRow> stream = execute.query(sql, ids.toArray())) {
      stream.forEach(
          row ->
              tags.computeIfAbsent(row.column("favorite_id").getString(), k -> new ArrayList<>())
                  .add(row.column("tag").getString()));
    }
    return tags;
  }

  private static List<String> tags(DbExecute execute, DbRow row) {
    return tagsOf(execute, List.of(row))
        .getOrDefault(row.column("favorite_id").getString(), List.of());
  }

  @Override
  public List<TagCount> tags(UserId owner) {
    return SqlFailures.reading(
        () ->
            db.execute()
                .query(TAG_COUNTS, owner.value())
                .map(
                    row ->
                        new TagCount(row.column("tag").getString(), row.column("uses").getLong()))
                .toList());
  }

  @Override
  public void messageRecalled(ConversationId conversation, long seq) {
    SqlFailures.inTransaction(
        db,
        tx -> {
          emptySnapshots(tx, conversation, seq);
          return null;
        });
  }

  /**
   * Empties every saved snapshot of the message, in the caller's transaction (the message store's,
   * when it stores a recall); they are no longer found by what the message said either.
   */
  static void emptySnapshots(DbExecute tx, ConversationId conversation, long seq) {
    tx.dml(RECALLED, conversation.value(), seq);
    List<DbRow> rows;
    try (Stream<DbRow> stream = tx.query(OF_MESSAGE, conversation.value(), seq)) {
      rows = stream.toList();
    }
    rows.forEach(row -> writeGrams(tx, toFavorite(row, List.of())));
  }

  private static Favorite toFavorite(DbRow row, List<String> tags) {
    FavoriteKind kind = FavoriteKind.of(row.column("kind").getString());
    Optional<Message> snapshot =
        kind == FavoriteKind.MESSAGE
            ? Optional.of(
                new Message(
                    ConversationId.parse(row.column("conversation_id").getString()),
                    row.column("seq").getLong(),
                    MsgId.of(row.column("snap_msg_id").getString()),
                    UserId.of(row.column("snap_sender").getString()),
                    MsgType.ofCode(((Number) row.column("snap_type").get()).intValue()),
                    MessageContent.stored(row.column("snap_content").getString()),
                    row.column("snap_send_time").getLong(),
                    row.column("snap_recalled").getBoolean(),
                    Optional.ofNullable(row.column("snap_edited_at").get(Long.class)),
                    Optional.ofNullable(row.column("snap_reply_to").get(Long.class)),
                    // A snapshot is the message as it read when saved: never a stream still open.
                    StreamState.NONE))
            : Optional.empty();
    return new Favorite(
        new FavoriteId(row.column("favorite_id").getString()),
        UserId.of(row.column("user_id").getString()),
        kind,
        snapshot,
        Optional.ofNullable(row.column("title").getString()),
        Optional.ofNullable(row.column("content").getString()),
        Optional.ofNullable(row.column("note").getString()),
        new Tags(tags),
        Instant.ofEpochMilli(row.column("created_at").getLong()));
  }
}
