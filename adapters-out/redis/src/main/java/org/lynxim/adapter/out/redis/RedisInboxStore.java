package org.lynxim.adapter.out.redis;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lynxim.adapter.out.support.MessageCodec;
import org.lynxim.application.messaging.port.out.InboxStore;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.InboxEntry;
import org.lynxim.domain.conversation.InboxFill;
import org.lynxim.domain.conversation.InboxWindow;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.user.UserId;
import org.redisson.api.RScript;
import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;

/**
 * Inboxes in Redis (the seeds' phase 2): per user a hash {@code inbox:u:USER} (head, first kept,
 * origin) and a sorted set {@code inbox:log:USER} of entries scored by inbox_seq, each entry
 * holding the whole message so that a sync needs no database; {@code inbox:fills} holds each
 * conversation's filled seq. A fill is one Lua script, so each user's counter and entries move
 * together and entries become visible in inbox_seq order.
 *
 * <p>Redis here keeps nothing on disk. An inbox made anew (first use, or after Redis lost it) is
 * numbered after an origin taken from Redis's clock ({@code inbox:generation}), above any number
 * handed out before, so a cursor from before the loss answers reset and never meets a new entry's
 * number.
 */
public final class RedisInboxStore implements InboxStore {
  /**
   * Origins are Redis's clock in microseconds since 2026 when a generation starts: they grow
   * between two losses by far more than any inbox's entries, and stay under 2^53 (JavaScript's
   * largest exact integer) for two centuries.
   */
  private static final long ORIGIN_EPOCH_SECONDS = 1_767_225_600L;

  private static final String FILL =
      """
      local filled = tonumber(redis.call('hget', KEYS[1], ARGV[1]) or '0')
      local count = tonumber(ARGV[5])
      local expected = filled + 1
      local gap = false
      local fresh = {}
      local last = filled
      for i = 1, count do
        local seq = tonumber(ARGV[5 + 2 * i])
        if seq > filled then
          if seq ~= expected then gap = true end
          expected = seq + 1
          last = seq
          table.insert(fresh, i)
        end
      end
      if #fresh == 0 then return {} end
      if gap and ARGV[6] == 'check' then return {-1, filled} end
      local hole = gap and ARGV[6] == 'hole'
      redis.call('hset', KEYS[1], ARGV[1], last)
      local origin = redis.call('get', KEYS[2])
      if not origin then
        local now = redis.call('time')
        origin = (tonumber(now[1]) - tonumber(ARGV[3])) * 1000000 + tonumber(now[2])
        redis.call('set', KEYS[2], origin)
        origin = redis.call('get', KEYS[2])
      end
      local owners = (#KEYS - 2) / 2
      for o = 1, owners do
        local inbox = KEYS[1 + 2 * o]
        if redis.call('exists', inbox) == 0 then
          redis.call('hset', inbox, 'origin', origin, 'head', origin, 'first', tonumber(origin) + 1)
        end
      end
      local out = {}
      for _, i in ipairs(fresh) do
        for o = 1, owners do
          local inboxSeq = redis.call('hincrby', KEYS[1 + 2 * o], 'head', 1)
          redis.call('zadd', KEYS[2 + 2 * o], inboxSeq,
              inboxSeq .. '|' .. ARGV[2] .. '|' .. ARGV[6 + 2 * i])
          table.insert(out, i)
          table.insert(out, o)
          table.insert(out, inboxSeq)
        end
      end
      for o = 1, owners do
        local inbox = KEYS[1 + 2 * o]
        if hole then
          redis.call('hset', inbox, 'first', tonumber(redis.call('hget', inbox, 'head')) + 1)
        end
        if tonumber(ARGV[4]) > 0 then
          redis.call('pexpire', inbox, ARGV[4])
          redis.call('pexpire', KEYS[2 + 2 * o], ARGV[4])
        end
      end
      return out
      """;

  private static final String TRIM =
      """
      local head = tonumber(redis.call('hget', KEYS[1], 'head'))
      if not head then return 0 end
      local old = redis.call('zrangebyscore', KEYS[2], '-inf', head - tonumber(ARGV[2]))
      local dropped = 0
      for _, entry in ipairs(old) do
        local added = tonumber(string.match(entry, '^%d+|(%d+)|'))
        if added >= tonumber(ARGV[1]) then break end
        redis.call('zrem', KEYS[2], entry)
        dropped = dropped + 1
      end
      local lowest = redis.call('zrange', KEYS[2], 0, 0, 'WITHSCORES')
      local first = head + 1
      if lowest[2] then first = tonumber(lowest[2]) end
      if first > tonumber(redis.call('hget', KEYS[1], 'first')) then
        redis.call('hset', KEYS[1], 'first', first)
      end
      return dropped
      """;

  /**
   * Rewrites one message's entry in each log: found by its key ({@code conversation#seq}) among the
   * entries added since the message was sent, newest first (a recall comes soon after).
   */
  private static final String REWRITE =
      """
      local needle = '|' .. ARGV[1] .. '|'
      local since = tonumber(ARGV[2])
      local rewritten = 0
      for _, log in ipairs(KEYS) do
        local start = 0
        local done = false
        while not done do
          local page = redis.call('zrevrange', log, start, start + 199)
          if #page == 0 then break end
          for _, entry in ipairs(page) do
            local seq, added = string.match(entry, '^(%d+)|(%d+)|')
            if tonumber(added) < since then
              done = true
              break
            end
            if string.find(entry, needle, #seq + #added + 2, true) == #seq + #added + 2 then
              redis.call('zrem', log, entry)
              redis.call('zadd', log, seq, seq .. '|' .. added .. '|' .. ARGV[1] .. '|' .. ARGV[3])
              rewritten = rewritten + 1
              done = true
              break
            end
          end
          start = start + 200
        end
      end
      return rewritten
      """;

  /** How much earlier than a message's send time its copies may have been added (clock skew). */
  private static final long CLOCK_SLACK_MILLIS = 60_000;

  private final RedisConnection redis;
  private final Duration idleExpiry;
  private final Clock clock;
  private final MessageStore timeline;

  /**
   * @param idleExpiry how long an inbox with no new entry is kept at all (zero: always); past it a
   *     sync answers reset, so it only bounds the memory of users who stopped coming
   * @param timeline where the messages are stored: when a fill skips seqs, it tells a lost fill
   *     (messages stored there) from seqs a failed batch took and never stored
   */
  RedisInboxStore(RedisConnection redis, Duration idleExpiry, Clock clock, MessageStore timeline) {
    this.redis = redis;
    this.idleExpiry = idleExpiry;
    this.clock = clock;
    this.timeline = timeline;
  }

  private String inboxKey(UserId owner) {
    return redis.key("inbox:u:" + owner.value());
  }

  private String logKey(UserId owner) {
    return redis.key("inbox:log:" + owner.value());
  }

  @Override
  public List<InboxEntry> append(List<Fill> fills) {
    // One script per conversation: each is atomic, which is all that ordering needs, since a
    // conversation's fills come from its one writer.
    List<InboxEntry> entries = new ArrayList<>();
    for (Fill fill : fills) {
      if (!fill.messages().isEmpty()) {
        entries.addAll(fill(fill.conversation(), fill.messages(), fill.owners()));
      }
    }
    return entries;
  }

  private List<InboxEntry> fill(
      ConversationId conversation, List<Message> messages, List<UserId> distinctOwners) {
    List<Object> keys = new ArrayList<>();
    keys.add(redis.key("inbox:fills"));
    keys.add(redis.key("inbox:generation"));
    for (UserId owner : distinctOwners) {
      keys.add(inboxKey(owner));
      keys.add(logKey(owner));
    }
    long now = clock.millis();
    List<Object> args = new ArrayList<>();
    args.add(conversation.value());
    args.add(String.valueOf(now));
    args.add(String.valueOf(ORIGIN_EPOCH_SECONDS));
    args.add(String.valueOf(idleExpiry.toMillis()));
    args.add(String.valueOf(messages.size()));
    args.add("check");
    for (Message message : messages) {
      args.add(String.valueOf(message.seq()));
      args.add(entryKey(message) + "|" + encode(message));
    }
    List<Long> filled = run(keys, args);
    if (filled.size() == 2 && filled.getFirst() == -1) {
      // The fill skips seqs: a lost fill if the timeline holds messages there, else nothing.
      long filledSeq = filled.get(1);
      InboxFill next = InboxFill.after(filledSeq, messages);
      boolean lost =
          next.isAfterLostFill(
              () ->
                  timeline.countStored(
                      conversation, filledSeq, next.newFilledSeq(), next.fresh().size() + 1));
      args.set(5, lost ? "hole" : "none");
      filled = run(keys, args);
    }
    List<InboxEntry> entries = new ArrayList<>(filled.size() / 3);
    for (int i = 0; i < filled.size(); i += 3) {
      Message message = messages.get(filled.get(i).intValue() - 1);
      UserId owner = distinctOwners.get(filled.get(i + 1).intValue() - 1);
      entries.add(new InboxEntry(owner, filled.get(i + 2), message));
    }
    return entries;
  }

  private List<Long> run(List<Object> keys, List<Object> args) {
    try {
      return redis
          .client()
          .getScript(StringCodec.INSTANCE)
          .eval(RScript.Mode.READ_WRITE, FILL, RScript.ReturnType.LIST, keys, args.toArray());
    } catch (RedisException e) {
      throw RedisConnection.unavailable(e);
    }
  }

  @Override
  public Map<ConversationId, Long> behindTimeline(int max) {
    // Fills are not lost here: the pipeline redelivers a batch until its fill is done.
    return Map.of();
  }

  @Override
  public InboxWindow window(UserId owner) {
    try {
      Map<String, String> fields =
          redis
              .client()
              .<String, String>getMap(inboxKey(owner), StringCodec.INSTANCE)
              .getAll(Set.of("origin", "head", "first"));
      if (fields.size() < 3) {
        return InboxWindow.empty(); // never made, or lost: any cursor but 0 resets
      }
      return new InboxWindow(
          Long.parseLong(fields.get("origin")),
          Long.parseLong(fields.get("first")),
          Long.parseLong(fields.get("head")));
    } catch (RedisException e) {
      throw RedisConnection.unavailable(e);
    }
  }

  @Override
  public List<InboxEntry> readAfter(UserId owner, long cursor, int max) {
    try {
      Collection<String> stored =
          redis
              .client()
              .<String>getScoredSortedSet(logKey(owner), StringCodec.INSTANCE)
              .valueRange(cursor, false, Double.POSITIVE_INFINITY, true, 0, max);
      List<InboxEntry> entries = new ArrayList<>(stored.size());
      for (String entry : stored) {
        int seqEnd = entry.indexOf('|');
        int addedEnd = entry.indexOf('|', seqEnd + 1);
        // inboxSeq|added|conversation#seq|message; entries filled before the key was added
        // (inboxSeq|added|message) hold no third '|', which Base64 never holds.
        int keyEnd = entry.indexOf('|', addedEnd + 1);
        entries.add(
            new InboxEntry(
                owner,
                Long.parseLong(entry.substring(0, seqEnd)),
                decode(entry.substring((keyEnd < 0 ? addedEnd : keyEnd) + 1))));
      }
      return entries;
    } catch (RedisException e) {
      throw RedisConnection.unavailable(e);
    }
  }

  @Override
  public int trim(long addedBefore, int keepLatest) {
    int dropped = 0;
    try {
      RScript script = redis.client().getScript(StringCodec.INSTANCE);
      String logPrefix = redis.key("inbox:log:");
      Iterable<String> logs = redis.client().getKeys().getKeysByPattern(logPrefix + "*");
      for (String log : logs) {
        String owner = log.substring(logPrefix.length());
        Long droppedHere =
            script.eval(
                RScript.Mode.READ_WRITE,
                TRIM,
                RScript.ReturnType.LONG,
                List.of(redis.key("inbox:u:" + owner), log),
                String.valueOf(addedBefore),
                String.valueOf(keepLatest));
        dropped += droppedHere.intValue();
      }
    } catch (RedisException e) {
      throw RedisConnection.unavailable(e);
    }
    return dropped;
  }

  @Override
  public void rewriteRecalled(Message recalled, Collection<UserId> owners) {
    if (owners.isEmpty()) {
      return;
    }
    List<Object> keys = owners.stream().distinct().map(owner -> (Object) logKey(owner)).toList();
    try {
      redis
          .client()
          .getScript(StringCodec.INSTANCE)
          .eval(
              RScript.Mode.READ_WRITE,
              REWRITE,
              RScript.ReturnType.LONG,
              keys,
              entryKey(recalled),
              String.valueOf(recalled.sendTime() - CLOCK_SLACK_MILLIS),
              encode(recalled));
    } catch (RedisException e) {
      throw RedisConnection.unavailable(e);
    }
  }

  /** What finds a message's entry again: its conversation and seq. */
  private static String entryKey(Message message) {
    return message.conversationId().value() + "#" + message.seq();
  }

  private static String encode(Message message) {
    return Base64.getEncoder().encodeToString(MessageCodec.toBytes(message));
  }

  private static Message decode(String encoded) {
    return MessageCodec.fromBytes(Base64.getDecoder().decode(encoded));
  }

  /** Each entry is the message's bytes as filled. */
  @Override
  public boolean holdsCopies() {
    return true;
  }
}
