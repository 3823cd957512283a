package org.lynxim.adapter.out.redis;

import java.util.List;
import java.util.function.ToLongFunction;
import org.lynxim.application.messaging.port.out.SeqAllocator;
import org.lynxim.domain.conversation.ConversationId;
import org.redisson.api.RScript;
import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;

/**
 * Seqs from Redis counters (INCRBY), one key per conversation. Redis here keeps nothing on disk, so
 * a counter can vanish (a restart, a FLUSHALL): a missing counter is seeded from the database's
 * highest stored seq before it counts on. That is safe because each conversation has one writer,
 * which stores a reserved block before it reserves the next (see {@link SeqAllocator}), so the
 * database's highest seq is never behind a block still in use.
 */
public final class RedisSeqAllocator implements SeqAllocator {
  /** Counts on, or answers nil when the counter is missing. */
  private static final String INCREMENT_IF_PRESENT =
      "if redis.call('exists', KEYS[1]) == 1 then return redis.call('incrby', KEYS[1], ARGV[1]) end"
          + " return nil";

  /** Seeds a missing counter (another writer may have seeded it just before), then counts on. */
  private static final String SEED_AND_INCREMENT =
      "redis.call('set', KEYS[1], ARGV[2], 'NX') return redis.call('incrby', KEYS[1], ARGV[1])";

  private final RedisConnection redis;
  private final ToLongFunction<ConversationId> storedLastSeq;

  RedisSeqAllocator(RedisConnection redis, ToLongFunction<ConversationId> storedLastSeq) {
    this.redis = redis;
    this.storedLastSeq = storedLastSeq;
  }

  @Override
  public long reserve(ConversationId conversation, int count) {
    List<Object> keys = List.of(redis.key("seq:" + conversation.value()));
    RScript script = redis.client().getScript(StringCodec.INSTANCE);
    try {
      Long last =
          script.eval(
              RScript.Mode.READ_WRITE,
              INCREMENT_IF_PRESENT,
              RScript.ReturnType.LONG,
              keys,
              String.valueOf(count));
      if (last == null) {
        long seed = storedLastSeq.applyAsLong(conversation);
        last =
            script.eval(
                RScript.Mode.READ_WRITE,
                SEED_AND_INCREMENT,
                RScript.ReturnType.LONG,
                keys,
                String.valueOf(count),
                String.valueOf(seed));
      }
      return last - count + 1;
    } catch (RedisException e) {
      throw RedisConnection.unavailable(e);
    }
  }
}
