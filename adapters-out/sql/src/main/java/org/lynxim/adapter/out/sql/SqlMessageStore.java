package org.lynxim.adapter.out.sql;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.DbRow;
import io.helidon.dbclient.DbTransaction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lynxim.adapter.out.support.SystemMessages;
import org.lynxim.application.messaging.port.out.ConversationHeads;
import org.lynxim.application.messaging.port.out.DuplicateMessageException;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.ConversationHead;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.FileReference;
import org.lynxim.domain.conversation.IdempotencyKey;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.user.UserId;

/**
 * The message timeline in SQL through Helidon DbClient: the hot path, kept to plain indexed
 * statements. A message and its conversation's head are written in one transaction.
 */
public final class SqlMessageStore implements MessageStore, ConversationHeads {
  private static final String COLUMNS =
      "conversation_id, seq, msg_id, sender_id, msg_type, content, send_time, reply_to, stream";

  /** What a read takes: the columns written, and what recall and edit change. */
  private static final String READ_COLUMNS = COLUMNS + ", recalled, edited_at";

  private static final String ONE_MESSAGE =
      "SELECT " + READ_COLUMNS + " FROM messages WHERE conversation_id = ? AND seq = ?";
  private static final String RECALL =
      "UPDATE messages SET content = '', recalled = TRUE,"
          + " stream = CASE WHEN stream = 1 THEN 2 ELSE stream END"
          + " WHERE conversation_id = ? AND seq = ? AND recalled = FALSE";
  private static final String END_STREAM =
      "UPDATE messages SET content = ?, stream = 2"
          + " WHERE conversation_id = ? AND seq = ? AND stream = 1 AND recalled = FALSE";
  private static final String INSERT_OPEN_STREAMS =
      "INSERT INTO open_streams (conversation_id, seq, opened_at) VALUES ";
  private static final String DROP_OPEN_STREAM =
      "DELETE FROM open_streams WHERE conversation_id = ? AND seq = ?";
  private static final String OPEN_STREAMS =
      "SELECT m.conversation_id, m.seq, m.msg_id, m.sender_id, m.msg_type, m.content,"
          + " m.send_time, m.reply_to, m.stream, m.recalled, m.edited_at"
          + " FROM open_streams o JOIN messages m"
          + " ON m.conversation_id = o.conversation_id AND m.seq = o.seq"
          + " WHERE o.opened_at < ? ORDER BY o.opened_at LIMIT ?";
  private static final String EDIT =
      "UPDATE messages SET content = ?, edited_at = ?"
          + " WHERE conversation_id = ? AND seq = ? AND recalled = FALSE";
  private static final String LAST_SYSTEM_NO =
      "SELECT MAX(system_no) AS last_no FROM system_messages WHERE conversation_id = ?";
  private static final String INSERT_SYSTEM_NO =
      "INSERT INTO system_messages (conversation_id, seq, system_no) VALUES (?, ?, ?)";
  private static final String SYSTEM_ABOVE =
      "SELECT h.conversation_id,"
          + " COALESCE((SELECT MAX(s.system_no) FROM system_messages s"
          + " WHERE s.conversation_id = h.conversation_id), 0)"
          + " - COALESCE((SELECT s.system_no FROM system_messages s"
          + " WHERE s.conversation_id = h.conversation_id AND s.seq <= ?"
          + " ORDER BY s.seq DESC LIMIT 1), 0) AS above"
          + " FROM conversation_heads h WHERE h.conversation_id = ?";
  private static final int SYSTEM_COUNTS_PER_STATEMENT = 100;
  private static final String INSERT_MESSAGES = "INSERT INTO messages (" + COLUMNS + ") VALUES ";
  private static final SqlDialect.Column CONVERSATION =
      new SqlDialect.Column("conversation_id", "VARCHAR(100)");
  private static final SqlDialect.Column LAST_SEQ_COLUMN =
      new SqlDialect.Column("last_seq", "BIGINT");
  private static final List<SqlDialect.Column> PARTIES =
      List.of(
          new SqlDialect.Column("party_low", "VARCHAR(32)"),
          new SqlDialect.Column("party_high", "VARCHAR(32)"));
  // The key's own index, named: with a million messages in one conversation H2 would rather scan
  // the conversation by its primary key.
  private static final String FIND_STORED =
      "SELECT "
          + READ_COLUMNS
          + " FROM messages%s"
          + " WHERE (sender_id, msg_id, conversation_id) IN (";
  private static final String READ_AFTER =
      "SELECT "
          + READ_COLUMNS
          + " FROM messages"
          // Ordered by the whole primary key, which H2 then reads in order instead of sorting.
          + " WHERE conversation_id = ? AND seq > ? ORDER BY conversation_id, seq LIMIT ?";
  private static final String LAST_SEQ =
      "SELECT last_seq FROM conversation_heads WHERE conversation_id = ?";
  private static final String HEAD_MESSAGES =
      "SELECT m.conversation_id, m.seq, m.msg_id, m.sender_id, m.msg_type, m.content,"
          + " m.send_time, m.recalled, m.edited_at, m.reply_to, m.stream"
          + " FROM conversation_heads h JOIN messages m"
          + " ON m.conversation_id = h.conversation_id AND m.seq = h.last_seq";
  private static final String DIRECT_HEADS =
      HEAD_MESSAGES + " WHERE h.party_low = ? OR h.party_high = ?";

  private final DbClient db;
  private final SqlDialect dialect;

  SqlMessageStore(DbClient db, SqlDialect dialect) {
    this.db = db;
    this.dialect = dialect;
  }

  /**
   * One transaction: a multi-row insert of the messages, each conversation's head moved to its
   * highest new seq, the files the messages name, and the changes they make to earlier messages.
   */
  @Override
  public void appendAll(
      List<Message> messages, List<FileReference> references, List<Amendment> amendments) {
    if (messages.isEmpty()) {
      return;
    }
    List<Object> rows = new ArrayList<>(messages.size() * 9);
    List<Object> openStreams = new ArrayList<>();
    Map<ConversationId, Message> newest = new LinkedHashMap<>();
    for (Message message : messages) {
      rows.add(message.conversationId().value());
      rows.add(message.seq());
      rows.add(message.msgId().value());
      rows.add(message.sender().value());
      rows.add(message.type().code());
      rows.add(message.content().text());
      rows.add(message.sendTime());
      rows.add(message.replyTo().orElse(null));
      rows.add(message.stream().ordinal());
      if (message.streaming()) {
        openStreams.add(message.conversationId().value());
        openStreams.add(message.seq());
        openStreams.add(message.sendTime());
      }
      newest.merge(message.conversationId(), message, (a, b) -> a.seq() >= b.seq() ? a : b);
    }
    List<Object> heads = new ArrayList<>(newest.size() * 4);
    for (Message head : newest.values()) {
      Optional<DirectChatId> direct =
          head.conversationId() instanceof DirectChatId d ? Optional.of(d) : Optional.empty();
      heads.add(head.conversationId().value());
      heads.add(head.seq());
      heads.add(direct.map(d -> d.low().value()).orElse(null));
      heads.add(direct.map(d -> d.high().value()).orElse(null));
    }
    DbTransaction tx = begin();
    try {
      tx.createInsert(INSERT_MESSAGES + SqlDialect.valueRows(messages.size(), 9))
          .params(rows)
          .execute();
      if (!openStreams.isEmpty()) {
        tx.createInsert(INSERT_OPEN_STREAMS + SqlDialect.valueRows(openStreams.size() / 3, 3))
            .params(openStreams)
            .execute();
      }
      String upsertHeads =
          dialect.upsertKeepingMax(
              "conversation_heads", List.of(CONVERSATION), LAST_SEQ_COLUMN, PARTIES, newest.size());
      tx.createInsert(upsertHeads).params(heads).execute();
      numberSystemMessages(tx, messages);
      SqlMessageLinks.reference(tx, references);
      amendments.forEach(amendment -> amend(tx, amendment));
      tx.commit();
    } catch (DbClientException e) {
      rollbackQuietly(tx);
      if (SqlFailures.isDuplicateKey(e)) {
        throw new DuplicateMessageException("a key or seq of the batch is stored already");
      }
      throw SqlFailures.unavailable(e);
    } catch (RuntimeException e) {
      rollbackQuietly(tx);
      throw e;
    }
  }

  /**
   * A recall erases the content (not only hides it), drops the files' references to it and empties
   * the saved snapshots of it, and ends it if it is an open stream; an edit replaces the content;
   * the end of a stream stores its whole content. None touches a recalled message.
   */
  private static void amend(DbTransaction tx, Amendment amendment) {
    String conversation = amendment.target().conversation().value();
    long seq = amendment.target().seq();
    switch (amendment) {
      case Amendment.Recall recall -> {
        if (tx.dml(RECALL, conversation, seq) > 0) {
          tx.dml(DROP_OPEN_STREAM, conversation, seq);
          SqlMessageLinks.recalled(tx, recall.target());
        }
      }
      case Amendment.Edit edit -> tx.dml(EDIT, edit.content().text(), edit.at(), conversation, seq);
      case Amendment.EndStream end -> {
        if (tx.dml(END_STREAM, end.content().text(), conversation, seq) > 0) {
          tx.dml(DROP_OPEN_STREAM, conversation, seq);
        }
      }
    }
  }

  /**
   * Gives each system message of the batch the next system number of its conversation. One writer
   * stores each conversation at a time, and the unique number catches any other.
   */
  private static void numberSystemMessages(DbTransaction tx, List<Message> messages) {
    SystemMessages.toNumber(messages)
        .forEach(
            (conversation, system) -> {
              long number =
                  tx.get(LAST_SYSTEM_NO, conversation.value())
                      .map(row -> row.column("last_no").get(Long.class))
                      .map(last -> last == null ? 0L : last)
                      .orElse(0L);
              for (Message message : system) {
                tx.dml(INSERT_SYSTEM_NO, conversation.value(), message.seq(), ++number);
              }
            });
  }

  /** Two seeks per conversation: the newest system number, and the one at or below the seq. */
  @Override
  public Map<ConversationId, Long> systemMessagesAbove(Map<ConversationId, Long> seqs) {
    Map<ConversationId, Long> counts = new HashMap<>();
    List<Map.Entry<ConversationId, Long>> asked = List.copyOf(seqs.entrySet());
    for (int from = 0; from < asked.size(); from += SYSTEM_COUNTS_PER_STATEMENT) {
      List<Map.Entry<ConversationId, Long>> chunk =
          asked.subList(from, Math.min(asked.size(), from + SYSTEM_COUNTS_PER_STATEMENT));
      List<Object> params = new ArrayList<>(chunk.size() * 2);
      for (Map.Entry<ConversationId, Long> entry : chunk) {
        params.add(entry.getValue());
        params.add(entry.getKey().value());
      }
      String sql = String.join(" UNION ALL ", Collections.nCopies(chunk.size(), SYSTEM_ABOVE));
      SqlFailures.reading(
          () -> {
            try (Stream<DbRow> rows = db.execute().query(sql, params.toArray())) {
              rows.forEach(
                  row -> {
                    long above = row.column("above").getLong();
                    if (above > 0) {
                      counts.put(
                          ConversationId.parse(row.column("conversation_id").getString()), above);
                    }
                  });
            }
            return null;
          });
    }
    return counts;
  }

  @Override
  public List<Message> openStreams(long sentBefore, int limit) {
    return SqlFailures.reading(
        () -> {
          try (Stream<DbRow> rows = db.execute().query(OPEN_STREAMS, sentBefore, limit)) {
            return rows.map(MessageRows::toDomain).toList();
          }
        });
  }

  @Override
  public Optional<Message> find(ConversationId conversation, long seq) {
    return SqlFailures.reading(
        () -> db.execute().get(ONE_MESSAGE, conversation.value(), seq).map(MessageRows::toDomain));
  }

  @Override
  public Map<IdempotencyKey, Message> findStored(Collection<IdempotencyKey> keys) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    List<Object> params = new ArrayList<>(keys.size() * 3);
    for (IdempotencyKey key : keys) {
      params.add(key.sender().value());
      params.add(key.msgId().value());
      params.add(key.conversationId().value());
    }
    String sql =
        FIND_STORED.formatted(dialect.useIndex("uk_messages_msg_id"))
            + SqlDialect.valueRows(keys.size(), 3)
            + ")";
    return SqlFailures.reading(
        () -> {
          Map<IdempotencyKey, Message> found = new HashMap<>();
          try (Stream<DbRow> rows = db.execute().createQuery(sql).params(params).execute()) {
            rows.map(MessageRows::toDomain).forEach(message -> found.put(message.key(), message));
          }
          return found;
        });
  }

  @Override
  public List<Message> readAfter(ConversationId conversation, long afterSeq, int max) {
    return SqlFailures.reading(
        () -> {
          try (Stream<DbRow> rows =
              db.execute().query(READ_AFTER, conversation.value(), afterSeq, max)) {
            return rows.map(MessageRows::toDomain).toList();
          }
        });
  }

  @Override
  public long lastSeq(ConversationId conversation) {
    return SqlFailures.reading(
        () ->
            db.execute()
                .get(LAST_SEQ, conversation.value())
                .map(row -> row.column("last_seq").getLong())
                .orElse(0L));
  }

  @Override
  public List<ConversationHead> directHeadsOf(UserId user) {
    return SqlFailures.reading(
        () -> {
          try (Stream<DbRow> rows = db.execute().query(DIRECT_HEADS, user.value(), user.value())) {
            return rows.map(MessageRows::toDomain)
                .map(message -> new ConversationHead(message.conversationId(), message))
                .toList();
          }
        });
  }

  @Override
  public Map<ConversationId, ConversationHead> headsOf(
      Collection<? extends ConversationId> conversations) {
    if (conversations.isEmpty()) {
      return Map.of();
    }
    List<Object> ids = new ArrayList<>();
    conversations.forEach(conversation -> ids.add(conversation.value()));
    String placeholders = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
    String sql = HEAD_MESSAGES + " WHERE h.conversation_id IN (" + placeholders + ")";
    return SqlFailures.reading(
        () -> {
          Map<ConversationId, ConversationHead> heads = new HashMap<>();
          try (Stream<DbRow> rows = db.execute().createQuery(sql).params(ids).execute()) {
            rows.map(MessageRows::toDomain)
                .forEach(
                    m ->
                        heads.put(m.conversationId(), new ConversationHead(m.conversationId(), m)));
          }
          return heads;
        });
  }

  private DbTransaction begin() {
    return SqlFailures.reading(db::transaction);
  }

  static void rollbackQuietly(DbTransaction tx) {
    try {
      tx.rollback();
    } catch (RuntimeException ignored) {
      // The connection is gone or the transaction ended; nothing was committed either way.
    }
  }
}
