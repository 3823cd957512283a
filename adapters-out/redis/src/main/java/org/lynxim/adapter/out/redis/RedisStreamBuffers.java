package org.lynxim.adapter.out.redis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lynxim.application.stream.port.out.StreamBuffers;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.StreamProgress;
import org.lynxim.domain.user.UserId;
import org.redisson.api.RScript;
import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;

/**
 * Stream buffers in Redis, so that a pull on any node sees a stream so far and any node can end an
 * idle one: per stream a hash (sender, last index, bytes) and a string the chunks are appended to,
 * and one sorted set of the open streams by when they go idle. Each change is one Lua script, so
 * appends compare and set the last index, and of two takers only one gets the content. The keys
 * expire a day after their last chunk, in case a stream is never ended (the sweep of orphans ends
 * it in the database).
 */
public final class RedisStreamBuffers implements StreamBuffers {
  private static final long KEEP_MILLIS = 24L * 60 * 60 * 1000;

  private static final String OPEN =
      """
      if redis.call('exists', KEYS[1]) == 1 then return 0 end
      redis.call('hset', KEYS[1], 'sender', ARGV[2], 'last', ARGV[3], 'bytes', ARGV[4])
      redis.call('set', KEYS[3], ARGV[5], 'px', ARGV[7])
      redis.call('pexpire', KEYS[1], ARGV[7])
      redis.call('zadd', KEYS[2], ARGV[6], ARGV[1])
      return 1
      """;
  private static final String APPEND =
      """
      if redis.call('hget', KEYS[1], 'last') ~= ARGV[2] then return 0 end
      redis.call('hset', KEYS[1], 'last', ARGV[3], 'bytes', ARGV[4])
      redis.call('append', KEYS[3], ARGV[5])
      redis.call('pexpire', KEYS[1], ARGV[7])
      redis.call('pexpire', KEYS[3], ARGV[7])
      redis.call('zadd', KEYS[2], ARGV[6], ARGV[1])
      return 1
      """;
  private static final String TAKE =
      """
      if ARGV[2] ~= '' then
        local idleAt = redis.call('zscore', KEYS[2], ARGV[1])
        if idleAt and tonumber(idleAt) > tonumber(ARGV[2]) then return false end
      end
      redis.call('zrem', KEYS[2], ARGV[1])
      if redis.call('exists', KEYS[1]) == 0 then return false end
      local text = redis.call('get', KEYS[3]) or ''
      redis.call('del', KEYS[1], KEYS[3])
      return text
      """;
  private static final String CONTENTS =
      """
      local found = {}
      for i = 1, #KEYS, 2 do
        if redis.call('exists', KEYS[i]) == 1 then
          found[#found + 1] = '1'
          found[#found + 1] = redis.call('get', KEYS[i + 1]) or ''
        else
          found[#found + 1] = '0'
          found[#found + 1] = ''
        end
      end
      return found
      """;

  private final RedisConnection redis;

  RedisStreamBuffers(RedisConnection redis) {
    this.redis = redis;
  }

  private static String member(Amendment.Target stream) {
    return stream.conversation().value() + "#" + stream.seq();
  }

  private String stateKey(Amendment.Target stream) {
    return redis.key("stream:" + member(stream));
  }

  private String textKey(Amendment.Target stream) {
    return redis.key("stream:" + member(stream) + ":text");
  }

  private String idleKey() {
    return redis.key("streams:idle");
  }

  private List<Object> keys(Amendment.Target stream) {
    return List.of(stateKey(stream), idleKey(), textKey(stream));
  }

  @Override
  public void open(Amendment.Target stream, StreamProgress start, String content, Instant idleAt) {
    eval(
        OPEN,
        RScript.ReturnType.LONG,
        keys(stream),
        member(stream),
        start.sender().value(),
        Long.toString(start.lastIndex()),
        Integer.toString(start.bytes()),
        content,
        Long.toString(idleAt.toEpochMilli()),
        Long.toString(KEEP_MILLIS));
  }

  @Override
  public Optional<StreamProgress> progress(Amendment.Target stream) {
    try {
      Map<String, String> fields =
          redis
              .client()
              .<String, String>getMap(stateKey(stream), StringCodec.INSTANCE)
              .getAll(java.util.Set.of("sender", "last", "bytes"));
      if (fields.size() < 3) {
        return Optional.empty();
      }
      return Optional.of(
          new StreamProgress(
              UserId.of(fields.get("sender")),
              Long.parseLong(fields.get("last")),
              Integer.parseInt(fields.get("bytes"))));
    } catch (RedisException e) {
      throw RedisConnection.unavailable(e);
    }
  }

  @Override
  public boolean append(
      Amendment.Target stream,
      long expectedIndex,
      StreamProgress after,
      String delta,
      Instant idleAt) {
    Long appended =
        eval(
            APPEND,
            RScript.ReturnType.LONG,
            keys(stream),
            member(stream),
            Long.toString(expectedIndex),
            Long.toString(after.lastIndex()),
            Integer.toString(after.bytes()),
            delta,
            Long.toString(idleAt.toEpochMilli()),
            Long.toString(KEEP_MILLIS));
    return appended != null && appended == 1;
  }

  @Override
  public Map<Amendment.Target, String> contents(Collection<Amendment.Target> streams) {
    List<Amendment.Target> asked = List.copyOf(streams);
    List<Object> keys = new ArrayList<>(asked.size() * 2);
    for (Amendment.Target stream : asked) {
      keys.add(stateKey(stream));
      keys.add(textKey(stream));
    }
    List<String> found = eval(CONTENTS, RScript.ReturnType.LIST, keys);
    Map<Amendment.Target, String> contents = new HashMap<>();
    for (int i = 0; i < asked.size(); i++) {
      if ("1".equals(found.get(2 * i))) {
        contents.put(asked.get(i), found.get(2 * i + 1));
      }
    }
    return contents;
  }

  @Override
  public Optional<String> take(Amendment.Target stream) {
    return Optional.ofNullable(
        eval(TAKE, RScript.ReturnType.VALUE, keys(stream), member(stream), ""));
  }

  @Override
  public List<Amendment.Target> idle(Instant now, int limit) {
    try {
      Collection<String> members =
          redis
              .client()
              .<String>getScoredSortedSet(idleKey(), StringCodec.INSTANCE)
              .valueRange(Double.NEGATIVE_INFINITY, true, now.toEpochMilli(), true, 0, limit);
      List<Amendment.Target> idle = new ArrayList<>(members.size());
      for (String member : members) {
        int hash = member.lastIndexOf('#');
        idle.add(
            new Amendment.Target(
                ConversationId.parse(member.substring(0, hash)),
                Long.parseLong(member.substring(hash + 1))));
      }
      return idle;
    } catch (RedisException e) {
      throw RedisConnection.unavailable(e);
    }
  }

  @Override
  public Optional<String> takeIdle(Amendment.Target stream, Instant now) {
    return Optional.ofNullable(
        eval(
            TAKE,
            RScript.ReturnType.VALUE,
            keys(stream),
            member(stream),
            Long.toString(now.toEpochMilli())));
  }

  private <T> T eval(String script, RScript.ReturnType type, List<Object> keys, Object... args) {
    try {
      return redis
          .client()
          .getScript(StringCodec.INSTANCE)
          .eval(RScript.Mode.READ_WRITE, script, type, keys, args);
    } catch (RedisException e) {
      throw RedisConnection.unavailable(e);
    }
  }
}
