package org.lynxim.adapter.out.redis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lynxim.application.delivery.port.out.DevicePresence;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;
import org.redisson.api.RBatch;
import org.redisson.api.RScript;
import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;

/**
 * The cluster's presence table in Redis: one hash per user, device -> node. A user's hash expires
 * unless a node refreshes it (every heartbeat scan, for all its devices in one batch), so a node
 * that dies leaves no device online for long; a node removes only its own entries, so a device that
 * moved to another node stays listed there.
 */
public final class RedisDevicePresence implements DevicePresence {
  /** Lists the device and answers how many of the user's devices were listed before. */
  private static final String ADD =
      "local before = redis.call('hlen', KEYS[1])"
          + " redis.call('hset', KEYS[1], ARGV[1], ARGV[2])"
          + " redis.call('pexpire', KEYS[1], ARGV[3])"
          + " return before";

  /** Takes the device off if this node listed it; answers 1 when that left the user none. */
  private static final String REMOVE_IF_MINE =
      "if redis.call('hget', KEYS[1], ARGV[1]) == ARGV[2] then"
          + " redis.call('hdel', KEYS[2], ARGV[1])"
          + " redis.call('hdel', KEYS[1], ARGV[1])"
          + " if redis.call('hlen', KEYS[1]) == 0 then return 1 end"
          + " end return 0";

  private final RedisConnection redis;
  private final String node;
  private final Duration ttl;
  private final Clock clock;

  RedisDevicePresence(RedisConnection redis, String node, Duration ttl, Clock clock) {
    this.redis = redis;
    this.node = node;
    this.ttl = ttl;
    this.clock = clock;
  }

  private String key(UserId user) {
    return redis.key("presence:" + user.value());
  }

  /** When each device listed in {@link #key} connected, epoch millis; expires with it. */
  private String sinceKey(UserId user) {
    return redis.key("presence-since:" + user.value());
  }

  @Override
  public boolean connected(UserId user, DeviceId device) {
    try {
      var since = redis.client().<String, String>getMap(sinceKey(user), StringCodec.INSTANCE);
      since.fastPut(device.value(), String.valueOf(clock.millis()));
      since.expire(ttl);
      Long before =
          redis
              .client()
              .getScript(StringCodec.INSTANCE)
              .eval(
                  RScript.Mode.READ_WRITE,
                  ADD,
                  RScript.ReturnType.LONG,
                  List.of(key(user)),
                  device.value(),
                  node,
                  String.valueOf(ttl.toMillis()));
      return before != null && before == 0;
    } catch (RedisException e) {
      // Listed by the next scan; whether it was the first cannot be told now.
      return false;
    }
  }

  @Override
  public boolean disconnected(UserId user, DeviceId device) {
    try {
      Long last =
          redis
              .client()
              .getScript(StringCodec.INSTANCE)
              .eval(
                  RScript.Mode.READ_WRITE,
                  REMOVE_IF_MINE,
                  RScript.ReturnType.LONG,
                  List.of(key(user), sinceKey(user)),
                  device.value(),
                  node);
      return last != null && last == 1;
    } catch (RedisException e) {
      // The entry expires by itself.
      return false;
    }
  }

  @Override
  public Set<UserId> online(Collection<UserId> users) {
    List<UserId> asked = List.copyOf(new HashSet<>(users));
    try {
      RBatch batch = redis.client().createBatch();
      for (UserId user : asked) {
        batch.getMap(key(user), StringCodec.INSTANCE).isExistsAsync();
      }
      List<?> exists = batch.execute().getResponses();
      Set<UserId> online = new HashSet<>();
      for (int i = 0; i < asked.size(); i++) {
        if (Boolean.TRUE.equals(exists.get(i))) {
          online.add(asked.get(i));
        }
      }
      return online;
    } catch (RedisException e) {
      throw RedisConnection.unavailable(e);
    }
  }

  @Override
  public void stillConnected(Collection<UserDevice> devices) {
    if (devices.isEmpty()) {
      return;
    }
    try {
      RBatch batch = redis.client().createBatch();
      String now = String.valueOf(clock.millis());
      for (UserDevice device : devices) {
        var map = batch.<String, String>getMap(key(device.user()), StringCodec.INSTANCE);
        map.fastPutAsync(device.device().value(), node);
        map.expireAsync(ttl);
        var since = batch.<String, String>getMap(sinceKey(device.user()), StringCodec.INSTANCE);
        since.fastPutIfAbsentAsync(device.device().value(), now);
        since.expireAsync(ttl);
      }
      batch.execute();
    } catch (RedisException e) {
      // Presence is refreshed again at the next scan.
    }
  }

  @Override
  public Map<DeviceId, Instant> connectedSince(UserId user) {
    Map<String, String> since =
        redis.client().<String, String>getMap(sinceKey(user), StringCodec.INSTANCE).readAllMap();
    Map<DeviceId, Instant> online = new HashMap<>();
    for (DeviceId device : devicesOf(user).keySet()) {
      String millis = since.get(device.value());
      online.put(
          device, millis == null ? clock.instant() : Instant.ofEpochMilli(Long.parseLong(millis)));
    }
    return online;
  }

  /** The user's online devices and the node each is on. */
  public Map<DeviceId, String> devicesOf(UserId user) {
    Map<DeviceId, String> devices = new HashMap<>();
    redis
        .client()
        .<String, String>getMap(key(user), StringCodec.INSTANCE)
        .readAllMap()
        .forEach((device, at) -> devices.put(DeviceId.of(device), at));
    return devices;
  }
}
