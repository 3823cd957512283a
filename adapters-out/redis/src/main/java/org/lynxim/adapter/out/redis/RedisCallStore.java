package org.lynxim.adapter.out.redis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lynxim.application.call.port.out.CallStore;
import org.lynxim.domain.call.Call;
import org.lynxim.domain.call.CallId;
import org.lynxim.domain.call.CallMedia;
import org.lynxim.domain.call.CallState;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;
import org.redisson.api.RScript;
import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;

/**
 * Calls in Redis, where every node sees them: per call a hash of its version and its encoding, per
 * user in a call a key naming it, and a set of the calls not ended. Starting a call (both users
 * free) and replacing one (same version) are single scripts, so two nodes never both start a call
 * for a user nor both accept one. Everything expires: an active call after {@link #ACTIVE_TTL} (a
 * cluster that stopped leaves nothing), an ended one after {@link #ENDED_TTL}.
 */
public final class RedisCallStore implements CallStore {
  private static final Duration ACTIVE_TTL = Duration.ofHours(12);
  private static final Duration ENDED_TTL = Duration.ofHours(1);

  private static final String START =
      """
      if redis.call('exists', KEYS[2]) == 1 or redis.call('exists', KEYS[3]) == 1 then
        return 0
      end
      redis.call('hset', KEYS[1], 'v', ARGV[2], 'c', ARGV[3])
      redis.call('pexpire', KEYS[1], ARGV[4])
      redis.call('set', KEYS[2], ARGV[1], 'px', ARGV[4])
      redis.call('set', KEYS[3], ARGV[1], 'px', ARGV[4])
      redis.call('sadd', KEYS[4], ARGV[1])
      return 1
      """;
  private static final String REPLACE =
      """
      if redis.call('hget', KEYS[1], 'v') ~= ARGV[2] then return 0 end
      redis.call('hset', KEYS[1], 'v', ARGV[3], 'c', ARGV[4])
      if ARGV[5] == '1' then
        for i = 2, 3 do
          if redis.call('get', KEYS[i]) == ARGV[1] then redis.call('del', KEYS[i]) end
        end
        redis.call('srem', KEYS[4], ARGV[1])
        redis.call('pexpire', KEYS[1], ARGV[6])
      end
      return 1
      """;
  private static final String ACTIVE =
      """
      local found = {}
      for _, id in ipairs(redis.call('smembers', KEYS[1])) do
        local encoded = redis.call('hget', ARGV[1] .. id, 'c')
        if encoded then
          found[#found + 1] = encoded
        else
          redis.call('srem', KEYS[1], id)
        end
      end
      return found
      """;

  private final RedisConnection redis;

  RedisCallStore(RedisConnection redis) {
    this.redis = redis;
  }

  private String callKey(CallId call) {
    return redis.key("call:" + call.value());
  }

  private String userKey(UserId user) {
    return redis.key("call:user:" + user.value());
  }

  private String activeKey() {
    return redis.key("calls:active");
  }

  private List<Object> keys(Call call) {
    return List.of(
        callKey(call.id()), userKey(call.caller().user()), userKey(call.callee()), activeKey());
  }

  @Override
  public boolean start(Call call) {
    Long started =
        eval(
            START,
            RScript.ReturnType.LONG,
            keys(call),
            call.id().value(),
            Long.toString(call.version()),
            encode(call),
            Long.toString(ACTIVE_TTL.toMillis()));
    return started != null && started == 1;
  }

  @Override
  public Optional<Call> find(CallId call) {
    try {
      String encoded =
          redis.client().<String, String>getMap(callKey(call), StringCodec.INSTANCE).get("c");
      return Optional.ofNullable(encoded).map(RedisCallStore::decode);
    } catch (RedisException e) {
      throw RedisConnection.unavailable(e);
    }
  }

  @Override
  public Optional<Call> ofUser(UserId user) {
    try {
      String id = redis.client().<String>getBucket(userKey(user), StringCodec.INSTANCE).get();
      return id == null
          ? Optional.empty()
          : find(new CallId(id)).filter(call -> call.state() != CallState.ENDED);
    } catch (RedisException e) {
      throw RedisConnection.unavailable(e);
    }
  }

  @Override
  public boolean replace(Call before, Call after) {
    Long replaced =
        eval(
            REPLACE,
            RScript.ReturnType.LONG,
            keys(after),
            after.id().value(),
            Long.toString(before.version()),
            Long.toString(after.version()),
            encode(after),
            after.state() == CallState.ENDED ? "1" : "0",
            Long.toString(ENDED_TTL.toMillis()));
    return replaced != null && replaced == 1;
  }

  @Override
  public List<Call> active() {
    List<String> encoded =
        eval(ACTIVE, RScript.ReturnType.LIST, List.of(activeKey()), redis.key("call:"));
    List<Call> calls = new ArrayList<>(encoded.size());
    encoded.forEach(one -> calls.add(decode(one)));
    return calls;
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

  /** Every field is an id, a name or a number: none holds a '|'. */
  static String encode(Call call) {
    return String.join(
        "|",
        call.id().value(),
        call.conversation().value(),
        call.caller().user().value(),
        call.caller().device().value(),
        call.media().name(),
        call.state().name(),
        call.acceptedBy().map(DeviceId::value).orElse(""),
        Long.toString(call.invitedAt().toEpochMilli()),
        call.acceptedAt().map(at -> Long.toString(at.toEpochMilli())).orElse(""),
        Long.toString(call.version()));
  }

  static Call decode(String encoded) {
    String[] f = encoded.split("\\|", -1);
    DirectChatId conversation = (DirectChatId) ConversationId.parse(f[1]);
    UserDevice caller = new UserDevice(UserId.of(f[2]), DeviceId.of(f[3]));
    return new Call(
        new CallId(f[0]),
        conversation,
        caller,
        conversation.peerOf(caller.user()),
        CallMedia.valueOf(f[4]),
        CallState.valueOf(f[5]),
        f[6].isEmpty() ? Optional.empty() : Optional.of(DeviceId.of(f[6])),
        Instant.ofEpochMilli(Long.parseLong(f[7])),
        f[8].isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(Long.parseLong(f[8]))),
        Long.parseLong(f[9]));
  }
}
