package org.lynxim.adapter.out.redis;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.lynxim.application.presence.port.out.LeavingUsers;
import org.lynxim.domain.user.UserId;
import org.redisson.api.RScript;
import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;

/**
 * Leaving marks in Redis, so that a user who comes back on another node finds its mark: one key a
 * user holding the epoch millis it left at, expiring a while after the grace period (a node that
 * died before settling leaves no mark behind for long). Best effort: out of reach, a mark is
 * missing, and the worst that follows is an offline told late or an online told twice.
 */
public final class RedisLeavingUsers implements LeavingUsers {
  private static final String DELETE_IF_SAME =
      "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";

  private final RedisConnection redis;
  private final Duration keep;

  /**
   * @param keep how long a mark lasts unless settled first; longer than the grace period
   */
  RedisLeavingUsers(RedisConnection redis, Duration keep) {
    this.redis = redis;
    this.keep = keep;
  }

  private String key(UserId user) {
    return redis.key("leaving:" + user.value());
  }

  @Override
  public void leaving(UserId user, Instant at) {
    try {
      redis
          .client()
          .<String>getBucket(key(user), StringCodec.INSTANCE)
          .set(String.valueOf(at.toEpochMilli()), keep);
    } catch (RedisException e) {
      // No mark: the departure is not told, as if the user came back.
    }
  }

  @Override
  public boolean returned(UserId user) {
    try {
      return redis.client().getBucket(key(user), StringCodec.INSTANCE).delete();
    } catch (RedisException e) {
      return false;
    }
  }

  @Override
  public boolean stillGone(UserId user, Instant at) {
    try {
      Long deleted =
          redis
              .client()
              .getScript(StringCodec.INSTANCE)
              .eval(
                  RScript.Mode.READ_WRITE,
                  DELETE_IF_SAME,
                  RScript.ReturnType.LONG,
                  List.of(key(user)),
                  String.valueOf(at.toEpochMilli()));
      return deleted != null && deleted == 1;
    } catch (RedisException e) {
      return false;
    }
  }
}
