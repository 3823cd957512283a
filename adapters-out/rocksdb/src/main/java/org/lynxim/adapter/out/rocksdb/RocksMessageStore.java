package org.lynxim.adapter.out.rocksdb;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.lynxim.adapter.out.rocksdb.RocksTimeline.Batch;
import org.lynxim.adapter.out.rocksdb.RocksTimeline.Family;
import org.lynxim.adapter.out.support.MessageCodec;
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
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.user.UserId;

/**
 * The timeline in RocksDB. Key families:
 *
 * <ul>
 *   <li>{@code messages}: (conversation, seq) to the message as {@link MessageCodec} writes it;
 *   <li>{@code msg_ids}: (conversation, sender, msg_id) to the seq: the idempotency key;
 *   <li>{@code heads}: conversation to its highest seq;
 *   <li>{@code direct_heads}: (user, direct conversation), empty: a user's direct chats;
 *   <li>{@code system_numbers}: (conversation, seq) of each system message to its number (1, 2, ...
 *       per conversation), so that counting system messages above a seq is two seeks;
 *   <li>{@code open_streams}: (opened at, conversation, seq), empty: streams not ended yet.
 * </ul>
 *
 * A batch is checked and written under one lock, so its check for stored keys and seqs cannot race
 * another batch; the write itself is one RocksDB write batch, all or nothing.
 */
public final class RocksMessageStore implements MessageStore, ConversationHeads {
  private final RocksTimeline db;
  private final OutsideTheTimeline outside;
  private final ReentrantLock writing;

  RocksMessageStore(RocksTimeline db, OutsideTheTimeline outside) {
    this.db = db;
    this.outside = outside;
    this.writing = db.messagesWriting;
  }

  @Override
  public void appendAll(
      List<Message> messages, List<FileReference> references, List<Amendment> amendments) {
    if (messages.isEmpty()) {
      return;
    }
    writing.lock();
    try (Batch batch = db.batch()) {
      Map<ConversationId, Long> heads =
          db.lastSeqs.load(
              messages.stream().map(Message::conversationId).toList(), this::storedHeads);
      refuseStored(messages, heads);
      Map<MessageKey, Message> written = new HashMap<>();
      Map<ConversationId, Long> newest = new LinkedHashMap<>();
      for (Message message : messages) {
        byte[] key = messageKey(message.conversationId(), message.seq());
        batch.put(Family.MESSAGES, key, encode(message));
        batch.put(Family.MSG_IDS, idKey(message.key()), Keys.number(message.seq()));
        if (message.streaming()) {
          batch.put(Family.OPEN_STREAMS, openStreamKey(message), new byte[0]);
        }
        written.put(MessageKey.of(message), message);
        newest.merge(message.conversationId(), message.seq(), Math::max);
      }
      Map<ConversationId, Long> moved = moveHeads(batch, newest, heads);
      numberSystemMessages(batch, messages);
      List<Amendment.Target> recalled = amend(batch, amendments, written);
      if (!references.isEmpty() || !recalled.isEmpty()) {
        outside.apply(references, recalled);
      }
      db.write(batch);
      db.lastSeqs.rememberAll(moved);
    } finally {
      writing.unlock();
    }
  }

  private List<Long> storedHeads(List<ConversationId> conversations) {
    return db.numbers(
        Family.HEADS, conversations.stream().map(RocksMessageStore::headKey).toList());
  }

  /**
   * Throws if a key or seq of the batch is stored already, or comes twice in it. Only a seq at or
   * below its conversation's head can be stored already.
   */
  private void refuseStored(List<Message> messages, Map<ConversationId, Long> heads) {
    List<byte[]> ids = new ArrayList<>(messages.size());
    List<byte[]> seqs = new ArrayList<>();
    Set<IdempotencyKey> keys = new HashSet<>();
    Set<MessageKey> places = new HashSet<>();
    for (Message message : messages) {
      if (!keys.add(message.key()) || !places.add(MessageKey.of(message))) {
        throw new DuplicateMessageException("a key or seq comes twice in the batch");
      }
      ids.add(idKey(message.key()));
      if (message.seq() <= heads.get(message.conversationId())) {
        seqs.add(messageKey(message.conversationId(), message.seq()));
      }
    }
    if (db.getAll(Family.MSG_IDS, ids).stream().anyMatch(value -> value != null)
        || db.getAll(Family.MESSAGES, seqs).stream().anyMatch(value -> value != null)) {
      throw new DuplicateMessageException("a key or seq of the batch is stored already");
    }
  }

  /**
   * Each conversation's head moves up to its highest new seq, never down; answers the heads moved.
   * A direct chat's first message lists it under both its users.
   */
  private Map<ConversationId, Long> moveHeads(
      Batch batch, Map<ConversationId, Long> newest, Map<ConversationId, Long> heads) {
    Map<ConversationId, Long> moved = new HashMap<>();
    newest.forEach(
        (conversation, seq) -> {
          long head = heads.get(conversation);
          if (head >= seq) {
            return;
          }
          batch.put(Family.HEADS, headKey(conversation), Keys.number(seq));
          moved.put(conversation, seq);
          if (head == 0 && conversation instanceof DirectChatId direct) {
            byte[] none = new byte[0];
            batch.put(Family.DIRECT_HEADS, Keys.of(direct.low().value(), direct.value()), none);
            batch.put(Family.DIRECT_HEADS, Keys.of(direct.high().value(), direct.value()), none);
          }
        });
    return moved;
  }

  /**
   * Gives each system message the next number of its conversation (one writer per conversation).
   */
  private void numberSystemMessages(Batch batch, List<Message> messages) {
    SystemMessages.toNumber(messages)
        .forEach(
            (conversation, system) -> {
              long number = systemNumberAtOrBelow(conversation, Long.MAX_VALUE);
              for (Message message : system) {
                batch.put(
                    Family.SYSTEM_NUMBERS,
                    messageKey(conversation, message.seq()),
                    Keys.number(++number));
              }
            });
  }

  /**
   * Applies each amendment that still applies to its target (as this batch leaves it), and answers
   * the targets recalled.
   */
  private List<Amendment.Target> amend(
      Batch batch, List<Amendment> amendments, Map<MessageKey, Message> written) {
    List<Amendment.Target> recalled = new ArrayList<>();
    for (Amendment amendment : amendments) {
      Amendment.Target target = amendment.target();
      MessageKey place = new MessageKey(target.conversation(), target.seq());
      Message before = written.get(place);
      if (before == null) {
        before = find(target.conversation(), target.seq()).orElse(null);
      }
      if (before == null || !amendment.appliesTo(before)) {
        continue;
      }
      Message after = amendment.applyTo(before);
      batch.put(Family.MESSAGES, messageKey(target.conversation(), target.seq()), encode(after));
      written.put(place, after);
      if (before.streaming() && !after.streaming()) {
        batch.delete(Family.OPEN_STREAMS, openStreamKey(before));
      }
      if (amendment instanceof Amendment.Recall) {
        recalled.add(target);
      }
    }
    return recalled;
  }

  @Override
  public Map<IdempotencyKey, Message> findStored(Collection<IdempotencyKey> keys) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    List<IdempotencyKey> asked = List.copyOf(keys);
    List<byte[]> seqs =
        db.getAll(Family.MSG_IDS, asked.stream().map(RocksMessageStore::idKey).toList());
    List<byte[]> places = new ArrayList<>();
    for (int i = 0; i < asked.size(); i++) {
      if (seqs.get(i) != null) {
        places.add(messageKey(asked.get(i).conversationId(), Keys.number(seqs.get(i))));
      }
    }
    Map<IdempotencyKey, Message> found = new HashMap<>();
    for (byte[] value : db.getAll(Family.MESSAGES, places)) {
      if (value != null) {
        Message message = decode(value);
        found.put(message.key(), message);
      }
    }
    return found;
  }

  @Override
  public List<Message> readAfter(ConversationId conversation, long afterSeq, int max) {
    List<Message> read = new ArrayList<>(Math.min(max, 256));
    if (max <= 0 || afterSeq == Long.MAX_VALUE) {
      return read;
    }
    db.scan(
        Family.MESSAGES,
        Keys.of(conversation.value()),
        messageKey(conversation, afterSeq + 1),
        (key, value) -> {
          read.add(decode(value));
          return read.size() < max;
        });
    return read;
  }

  @Override
  public long countStored(ConversationId conversation, long afterSeq, long upToSeq, int atMost) {
    long[] count = {0};
    if (afterSeq >= upToSeq) {
      return 0;
    }
    db.scan(
        Family.MESSAGES,
        Keys.of(conversation.value()),
        messageKey(conversation, afterSeq + 1),
        (key, value) -> {
          if (Keys.lastNumber(key) > upToSeq) {
            return false;
          }
          return ++count[0] < atMost;
        });
    return count[0];
  }

  @Override
  public List<Message> openStreams(long sentBefore, int limit) {
    List<byte[]> places = new ArrayList<>();
    if (limit <= 0) {
      return List.of();
    }
    db.scan(
        Family.OPEN_STREAMS,
        new byte[0],
        new byte[0],
        (key, value) -> {
          Keys.Reader reader = Keys.reader(key);
          if (reader.number() >= sentBefore) {
            return false;
          }
          places.add(messageKey(ConversationId.parse(reader.text()), reader.number()));
          return places.size() < limit;
        });
    return db.getAll(Family.MESSAGES, places).stream()
        .filter(value -> value != null)
        .map(RocksMessageStore::decode)
        .toList();
  }

  @Override
  public Optional<Message> find(ConversationId conversation, long seq) {
    return Optional.ofNullable(db.get(Family.MESSAGES, messageKey(conversation, seq)))
        .map(RocksMessageStore::decode);
  }

  @Override
  public long lastSeq(ConversationId conversation) {
    Long remembered = db.lastSeqs.peek(conversation);
    if (remembered != null) {
      return remembered;
    }
    byte[] head = db.get(Family.HEADS, headKey(conversation));
    return head == null ? 0 : Keys.number(head);
  }

  @Override
  public List<ConversationHead> directHeadsOf(UserId user) {
    List<ConversationId> conversations = new ArrayList<>();
    db.scanUnder(
        Family.DIRECT_HEADS,
        user.value(),
        (conversation, none) -> conversations.add(ConversationId.parse(conversation)));
    return List.copyOf(headsOf(conversations).values());
  }

  @Override
  public Map<ConversationId, ConversationHead> headsOf(
      Collection<? extends ConversationId> conversations) {
    List<ConversationId> asked = List.copyOf(new LinkedHashSet<>(conversations));
    List<byte[]> heads =
        db.getAll(Family.HEADS, asked.stream().map(RocksMessageStore::headKey).toList());
    List<byte[]> places = new ArrayList<>();
    for (int i = 0; i < asked.size(); i++) {
      if (heads.get(i) != null) {
        places.add(messageKey(asked.get(i), Keys.number(heads.get(i))));
      }
    }
    Map<ConversationId, ConversationHead> found = new LinkedHashMap<>();
    for (byte[] value : db.getAll(Family.MESSAGES, places)) {
      if (value != null) {
        Message message = decode(value);
        found.put(
            message.conversationId(), new ConversationHead(message.conversationId(), message));
      }
    }
    return found;
  }

  /** The newest system number minus the one at or below the seq, per conversation. */
  @Override
  public Map<ConversationId, Long> systemMessagesAbove(Map<ConversationId, Long> seqs) {
    Map<ConversationId, Long> counts = new HashMap<>();
    seqs.forEach(
        (conversation, seq) -> {
          long above =
              systemNumberAtOrBelow(conversation, Long.MAX_VALUE)
                  - systemNumberAtOrBelow(conversation, seq);
          if (above > 0) {
            counts.put(conversation, above);
          }
        });
    return counts;
  }

  private long systemNumberAtOrBelow(ConversationId conversation, long seq) {
    return db.lastValue(
            Family.SYSTEM_NUMBERS, Keys.of(conversation.value()), messageKey(conversation, seq))
        .map(Keys::number)
        .orElse(0L);
  }

  static byte[] messageKey(ConversationId conversation, long seq) {
    return Keys.of(conversation.value(), seq);
  }

  static byte[] idKey(IdempotencyKey key) {
    return Keys.of(key.conversationId().value(), key.sender().value(), key.msgId().value());
  }

  static byte[] headKey(ConversationId conversation) {
    return Keys.of(conversation.value());
  }

  static byte[] openStreamKey(Message message) {
    return Keys.of(message.sendTime(), message.conversationId().value(), message.seq());
  }

  /**
   * The message as {@link MessageCodec} writes it but with its content after it, as its length and
   * UTF-8: an ended stream's content may be longer than the codec's 64 KB.
   */
  static byte[] encode(Message message) {
    byte[] rest = MessageCodec.toBytes(withContent(message, MessageContent.stored("")));
    byte[] content = message.content().text().getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(Integer.BYTES + rest.length + content.length)
        .putInt(rest.length)
        .put(rest)
        .put(content)
        .array();
  }

  static Message decode(byte[] value) {
    ByteBuffer bytes = ByteBuffer.wrap(value);
    int restLength = bytes.getInt();
    Message rest =
        MessageCodec.fromBytes(
            Arrays.copyOfRange(value, Integer.BYTES, Integer.BYTES + restLength));
    int contentAt = Integer.BYTES + restLength;
    String content = new String(value, contentAt, value.length - contentAt, StandardCharsets.UTF_8);
    return withContent(rest, MessageContent.stored(content));
  }

  private static Message withContent(Message message, MessageContent content) {
    return new Message(
        message.conversationId(),
        message.seq(),
        message.msgId(),
        message.sender(),
        message.type(),
        content,
        message.sendTime(),
        message.recalled(),
        message.editedAt(),
        message.replyTo(),
        message.stream());
  }

  /** Where a message is: its conversation and seq. */
  private record MessageKey(ConversationId conversation, long seq) {
    static MessageKey of(Message message) {
      return new MessageKey(message.conversationId(), message.seq());
    }
  }
}
