package org.lynxim.adapter.out.rocksdb;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.lynxim.adapter.out.rocksdb.RocksTimeline.Batch;
import org.lynxim.adapter.out.rocksdb.RocksTimeline.Family;
import org.lynxim.application.messaging.port.out.ReadPositions;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.user.UserId;

/**
 * Read positions in RocksDB: key family {@code positions}, (user, conversation) to last_ack_seq.
 * Moves are read, compared and written under one lock, so a position never moves down.
 */
public final class RocksReadPositions implements ReadPositions {
  private final RocksTimeline db;
  private final ReentrantLock writing;

  RocksReadPositions(RocksTimeline db) {
    this.db = db;
    this.writing = db.positionsWriting;
  }

  @Override
  public Advance advance(UserId user, ConversationId conversation, ReadPosition position) {
    Reader reader = new Reader(user, conversation);
    writing.lock();
    try (Batch batch = db.batch()) {
      ReadPosition before =
          new ReadPosition(db.positions.load(List.of(reader), this::stored).get(reader));
      ReadPosition after = before.max(position);
      if (after.lastAckSeq() > before.lastAckSeq()) {
        batch.put(Family.POSITIONS, key(user, conversation), Keys.number(after.lastAckSeq()));
        db.write(batch);
        db.positions.remember(reader, after.lastAckSeq());
      }
      return new Advance(before, after);
    } finally {
      writing.unlock();
    }
  }

  private List<Long> stored(List<Reader> readers) {
    return db.numbers(
        Family.POSITIONS,
        readers.stream().map(reader -> key(reader.user(), reader.conversation())).toList());
  }

  @Override
  public void advanceAll(Map<Reader, ReadPosition> positions) {
    if (positions.isEmpty()) {
      return;
    }
    writing.lock();
    try (Batch batch = db.batch()) {
      Map<Reader, Long> stored = db.positions.load(List.copyOf(positions.keySet()), this::stored);
      Map<Reader, Long> moved = new HashMap<>();
      positions.forEach(
          (reader, position) -> {
            if (position.lastAckSeq() > stored.get(reader)) {
              batch.put(
                  Family.POSITIONS,
                  key(reader.user(), reader.conversation()),
                  Keys.number(position.lastAckSeq()));
              moved.put(reader, position.lastAckSeq());
            }
          });
      if (batch.size() > 0) {
        db.write(batch);
        db.positions.rememberAll(moved);
      }
    } finally {
      writing.unlock();
    }
  }

  @Override
  public ReadPosition of(UserId user, ConversationId conversation) {
    Long remembered = db.positions.peek(new Reader(user, conversation));
    if (remembered != null) {
      return new ReadPosition(remembered);
    }
    byte[] stored = db.get(Family.POSITIONS, key(user, conversation));
    return new ReadPosition(stored == null ? 0 : Keys.number(stored));
  }

  @Override
  public Map<Reader, ReadPosition> of(Collection<Reader> readers) {
    List<Reader> asked = List.copyOf(readers);
    List<byte[]> stored =
        db.getAll(
            Family.POSITIONS,
            asked.stream().map(reader -> key(reader.user(), reader.conversation())).toList());
    Map<Reader, ReadPosition> found = new HashMap<>();
    for (int i = 0; i < asked.size(); i++) {
      if (stored.get(i) != null) {
        found.put(asked.get(i), new ReadPosition(Keys.number(stored.get(i))));
      }
    }
    return found;
  }

  @Override
  public Map<ConversationId, ReadPosition> allOf(UserId user) {
    Map<ConversationId, ReadPosition> all = new LinkedHashMap<>();
    db.scanUnder(
        Family.POSITIONS,
        user.value(),
        (conversation, value) ->
            all.put(ConversationId.parse(conversation), new ReadPosition(Keys.number(value))));
    return all;
  }

  static byte[] key(UserId user, ConversationId conversation) {
    return Keys.of(user.value(), conversation.value());
  }
}
