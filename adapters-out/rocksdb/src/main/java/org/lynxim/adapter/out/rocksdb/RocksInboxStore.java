package org.lynxim.adapter.out.rocksdb;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.lynxim.adapter.out.rocksdb.RocksTimeline.Batch;
import org.lynxim.adapter.out.rocksdb.RocksTimeline.Family;
import org.lynxim.application.messaging.port.out.InboxStore;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.InboxEntry;
import org.lynxim.domain.conversation.InboxFill;
import org.lynxim.domain.conversation.InboxWindow;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.user.UserId;

/**
 * Inboxes in RocksDB, beside the timeline they read their messages from. Key families:
 *
 * <ul>
 *   <li>{@code inbox}: (user, inbox_seq) to (conversation, seq, added at);
 *   <li>{@code inbox_heads}: user to the last inbox_seq and the first kept;
 *   <li>{@code inbox_fills}: conversation to its filled seq.
 * </ul>
 *
 * Fills are numbered and written under one lock, each call one write batch: a user's entries become
 * visible in inbox_seq order, all of a call's fills at once.
 */
public final class RocksInboxStore implements InboxStore {
  private final RocksTimeline db;
  private final RocksMessageStore timeline;
  private final Clock clock;
  private final ReentrantLock writing;

  RocksInboxStore(RocksTimeline db, Clock clock) {
    this.db = db;
    this.timeline = db.messageStore(OutsideTheTimeline.nothing());
    this.clock = clock;
    this.writing = db.inboxesWriting;
  }

  @Override
  public List<InboxEntry> append(List<Fill> fills) {
    List<Fill> nonEmpty = fills.stream().filter(fill -> !fill.messages().isEmpty()).toList();
    if (nonEmpty.isEmpty()) {
      return List.of();
    }
    long now = clock.millis();
    writing.lock();
    try (Batch batch = db.batch()) {
      Map<ConversationId, Long> filled =
          db.filledSeqs.load(nonEmpty.stream().map(Fill::conversation).toList(), this::storedFills);
      Map<ConversationId, Long> fillsMoved = new HashMap<>();
      List<Fill> fresh = new ArrayList<>();
      Set<UserId> afterHole = new HashSet<>();
      for (Fill fill : nonEmpty) {
        long filledSeq = filled.get(fill.conversation());
        InboxFill next = InboxFill.after(filledSeq, fill.messages());
        if (next.isEmpty()) {
          continue;
        }
        fresh.add(new Fill(fill.conversation(), next.fresh(), fill.owners()));
        long lastNew = next.newFilledSeq();
        if (next.isAfterLostFill(
            () ->
                timeline.countStored(
                    fill.conversation(), filledSeq, lastNew, next.fresh().size() + 1))) {
          afterHole.addAll(fill.owners());
        }
        filled.put(fill.conversation(), lastNew);
        fillsMoved.put(fill.conversation(), lastNew);
        batch.put(Family.INBOX_FILLS, fillKey(fill.conversation()), Keys.number(lastNew));
      }
      Map<UserId, Head> headsMoved = new HashMap<>();
      List<InboxEntry> entries = number(batch, fresh, afterHole, now, headsMoved);
      db.writeRebuildable(batch);
      db.filledSeqs.rememberAll(fillsMoved);
      db.inboxHeads.rememberAll(headsMoved);
      return entries;
    } finally {
      writing.unlock();
    }
  }

  private List<Long> storedFills(List<ConversationId> conversations) {
    return db.numbers(
        Family.INBOX_FILLS, conversations.stream().map(RocksInboxStore::fillKey).toList());
  }

  /** Numbers the new messages in each owner's inbox after its head, and moves the heads. */
  private List<InboxEntry> number(
      Batch batch, List<Fill> fresh, Set<UserId> afterHole, long now, Map<UserId, Head> moved) {
    List<UserId> owners = fresh.stream().flatMap(fill -> fill.owners().stream()).toList();
    if (owners.isEmpty()) {
      return List.of();
    }
    Map<UserId, Head> heads = db.inboxHeads.load(owners, this::storedHeads);
    List<InboxEntry> entries = new ArrayList<>();
    for (Fill fill : fresh) {
      for (Message message : fill.messages()) {
        for (UserId owner : fill.owners()) {
          Head head = heads.get(owner).next();
          heads.put(owner, head);
          entries.add(new InboxEntry(owner, head.last(), message));
          batch.put(
              Family.INBOX,
              Keys.of(owner.value(), head.last()),
              entryValue(message.conversationId(), message.seq(), now));
        }
      }
    }
    for (UserId owner : afterHole) {
      // After a lost fill, what came before cannot be served without a gap: start after it.
      heads.put(owner, heads.get(owner).startingAfterHead());
    }
    heads.forEach((owner, head) -> batch.put(Family.INBOX_HEADS, headKey(owner), head.bytes()));
    moved.putAll(heads);
    return entries;
  }

  private List<Head> storedHeads(List<UserId> owners) {
    return db
        .getAll(Family.INBOX_HEADS, owners.stream().map(RocksInboxStore::headKey).toList())
        .stream()
        .map(Head::of)
        .toList();
  }

  /** Every conversation whose head is past its filled seq; a scan of the heads. */
  @Override
  public Map<ConversationId, Long> behindTimeline(int max) {
    Map<ConversationId, Long> heads = new LinkedHashMap<>();
    Map<ConversationId, Long> behind = new LinkedHashMap<>();
    if (max <= 0) {
      return behind;
    }
    db.scan(
        Family.HEADS,
        new byte[0],
        new byte[0],
        (key, value) -> {
          heads.put(ConversationId.parse(Keys.reader(key).text()), Keys.number(value));
          if (heads.size() >= 1000) {
            collectBehind(heads, behind, max);
            heads.clear();
          }
          return behind.size() < max;
        });
    collectBehind(heads, behind, max);
    return behind;
  }

  private void collectBehind(
      Map<ConversationId, Long> heads, Map<ConversationId, Long> behind, int max) {
    List<ConversationId> conversations = List.copyOf(heads.keySet());
    List<byte[]> filled =
        db.getAll(
            Family.INBOX_FILLS, conversations.stream().map(RocksInboxStore::fillKey).toList());
    for (int i = 0; i < conversations.size() && behind.size() < max; i++) {
      long filledSeq = filled.get(i) == null ? 0 : Keys.number(filled.get(i));
      if (heads.get(conversations.get(i)) > filledSeq) {
        behind.put(conversations.get(i), filledSeq);
      }
    }
  }

  @Override
  public InboxWindow window(UserId owner) {
    Head remembered = db.inboxHeads.peek(owner);
    if (remembered != null) {
      return remembered.window();
    }
    byte[] stored = db.get(Family.INBOX_HEADS, headKey(owner));
    return stored == null ? InboxWindow.empty() : Head.of(stored).window();
  }

  @Override
  public List<InboxEntry> readAfter(UserId owner, long cursor, int max) {
    if (max <= 0 || cursor == Long.MAX_VALUE) {
      return List.of();
    }
    List<Long> inboxSeqs = new ArrayList<>();
    List<byte[]> places = new ArrayList<>();
    byte[] prefix = Keys.of(owner.value());
    db.scan(
        Family.INBOX,
        prefix,
        Keys.of(owner.value(), Math.max(cursor, 0) + 1),
        (key, value) -> {
          inboxSeqs.add(Keys.lastNumber(key));
          Keys.Reader entry = Keys.reader(value);
          places.add(
              RocksMessageStore.messageKey(ConversationId.parse(entry.text()), entry.number()));
          return inboxSeqs.size() < max;
        });
    List<byte[]> messages = db.getAll(Family.MESSAGES, places);
    List<InboxEntry> entries = new ArrayList<>(messages.size());
    for (int i = 0; i < messages.size(); i++) {
      if (messages.get(i) != null) {
        entries.add(
            new InboxEntry(owner, inboxSeqs.get(i), RocksMessageStore.decode(messages.get(i))));
      }
    }
    return entries;
  }

  /**
   * Drops, in each inbox, the entries added before {@code addedBefore} that are not among its
   * newest {@code keepLatest}, and moves its first kept entry up: a scan of every inbox's older
   * entries, under the fill lock so that no fill numbers an inbox meanwhile.
   */
  @Override
  public int trim(long addedBefore, int keepLatest) {
    List<UserId> owners = new ArrayList<>();
    db.scan(
        Family.INBOX_HEADS,
        new byte[0],
        new byte[0],
        (key, value) -> owners.add(UserId.of(Keys.reader(key).text())));
    int dropped = 0;
    for (UserId owner : owners) {
      dropped += trim(owner, addedBefore, keepLatest);
    }
    return dropped;
  }

  private int trim(UserId owner, long addedBefore, int keepLatest) {
    writing.lock();
    try (Batch batch = db.batch()) {
      Head head = db.inboxHeads.load(List.of(owner), this::storedHeads).get(owner);
      long droppable = head.last() - keepLatest;
      long[] firstLeft = {head.last() + 1};
      byte[] prefix = Keys.of(owner.value());
      db.scan(
          Family.INBOX,
          prefix,
          prefix,
          (key, value) -> {
            long inboxSeq = Keys.lastNumber(key);
            long addedAt = Keys.lastNumber(value);
            if (inboxSeq <= droppable && addedAt < addedBefore) {
              batch.delete(Family.INBOX, key);
              return true;
            }
            firstLeft[0] = inboxSeq;
            return false;
          });
      int dropped = batch.size();
      Head trimmed = head.keepingFrom(firstLeft[0]);
      if (!trimmed.equals(head)) {
        batch.put(Family.INBOX_HEADS, headKey(owner), trimmed.bytes());
      }
      db.write(batch);
      db.inboxHeads.remember(owner, trimmed);
      return dropped;
    } finally {
      writing.unlock();
    }
  }

  static byte[] fillKey(ConversationId conversation) {
    return Keys.of(conversation.value());
  }

  static byte[] headKey(UserId owner) {
    return Keys.of(owner.value());
  }

  /** An entry: its message's place, and when it was added (last, so that a trim reads it alone). */
  static byte[] entryValue(ConversationId conversation, long seq, long addedAt) {
    return Keys.of(conversation.value(), seq, addedAt);
  }

  /** An inbox's last inbox_seq and the first it keeps. */
  record Head(long last, long firstKept) {
    static Head of(byte[] stored) {
      if (stored == null) {
        return new Head(0, 1);
      }
      ByteBuffer bytes = ByteBuffer.wrap(stored);
      return new Head(bytes.getLong(), bytes.getLong());
    }

    Head next() {
      return new Head(last + 1, firstKept);
    }

    Head startingAfterHead() {
      return new Head(last, last + 1);
    }

    Head keepingFrom(long first) {
      return new Head(last, Math.max(firstKept, first));
    }

    InboxWindow window() {
      return new InboxWindow(firstKept, last);
    }

    byte[] bytes() {
      return ByteBuffer.allocate(2 * Long.BYTES).putLong(last).putLong(firstKept).array();
    }
  }
}
