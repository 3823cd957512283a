package org.lynxim.adapter.out.rocksdb;

import java.util.HashMap;
import java.util.Map;
import org.lynxim.adapter.out.rocksdb.RocksTimeline.Batch;
import org.lynxim.adapter.out.rocksdb.RocksTimeline.Family;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.user.UserId;

/**
 * Fills an empty timeline with another store's rows, in large write batches: how a data directory's
 * timeline moves out of its database once. The conversations' heads (and the direct chats' lists)
 * follow from the messages and are written by {@link #finish}; nothing is checked, the rows are
 * taken to be a store's consistent contents.
 */
public final class RocksTimelineImport {
  private static final int ROWS_PER_WRITE = 10_000;

  private final RocksTimeline db;
  private final Map<ConversationId, Long> heads = new HashMap<>();
  private Batch batch;
  private long messages;

  RocksTimelineImport(RocksTimeline db) {
    this.db = db;
    this.batch = db.batch();
  }

  public void message(Message message) {
    ConversationId conversation = message.conversationId();
    put(
        Family.MESSAGES,
        RocksMessageStore.messageKey(conversation, message.seq()),
        RocksMessageStore.encode(message));
    put(Family.MSG_IDS, RocksMessageStore.idKey(message.key()), Keys.number(message.seq()));
    if (message.streaming()) {
      put(Family.OPEN_STREAMS, RocksMessageStore.openStreamKey(message), new byte[0]);
    }
    heads.merge(conversation, message.seq(), Math::max);
    messages++;
  }

  public void systemNumber(ConversationId conversation, long seq, long number) {
    put(
        Family.SYSTEM_NUMBERS,
        RocksMessageStore.messageKey(conversation, seq),
        Keys.number(number));
  }

  public void inboxEntry(
      UserId owner, long inboxSeq, ConversationId conversation, long seq, long addedAt) {
    put(
        Family.INBOX,
        Keys.of(owner.value(), inboxSeq),
        RocksInboxStore.entryValue(conversation, seq, addedAt));
  }

  public void inboxHead(UserId owner, long lastInboxSeq, long firstKept) {
    put(
        Family.INBOX_HEADS,
        RocksInboxStore.headKey(owner),
        new RocksInboxStore.Head(lastInboxSeq, firstKept).bytes());
  }

  public void inboxFill(ConversationId conversation, long filledSeq) {
    put(Family.INBOX_FILLS, RocksInboxStore.fillKey(conversation), Keys.number(filledSeq));
  }

  public void position(UserId user, ConversationId conversation, long lastAckSeq) {
    put(Family.POSITIONS, RocksReadPositions.key(user, conversation), Keys.number(lastAckSeq));
  }

  /** Writes the heads and what is still batched, all waiting for the disk; answers the messages. */
  public long finish() {
    heads.forEach(
        (conversation, seq) -> {
          put(Family.HEADS, RocksMessageStore.headKey(conversation), Keys.number(seq));
          if (conversation instanceof DirectChatId direct) {
            byte[] none = new byte[0];
            put(Family.DIRECT_HEADS, Keys.of(direct.low().value(), direct.value()), none);
            put(Family.DIRECT_HEADS, Keys.of(direct.high().value(), direct.value()), none);
          }
        });
    db.writeDurably(batch);
    batch.close();
    return messages;
  }

  private void put(Family family, byte[] key, byte[] value) {
    batch.put(family, key, value);
    if (batch.size() >= ROWS_PER_WRITE) {
      db.writeRebuildable(batch);
      batch.close();
      batch = db.batch();
    }
  }
}
