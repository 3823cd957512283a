package org.lynxim.adapter.out.redis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private static final String REMOVE_IF_MINE =
      "if redis.call('hget', KEYS[1], ARGV[1]) == ARGV[2] then"
          + " redis.call('hdel', KEYS[2], ARGV[1])"
          + " return redis.call('hdel', KEYS[1], ARGV[1]) end return 0";

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
  public void connected(UserId user, DeviceId device) {
    try {
      var since = redis.client().<String, String>getMap(sinceKey(user), StringCodec.INSTANCE);
      since.fastPut(device.value(), String.valueOf(clock.millis()));
      since.expire(ttl);
    } catch (RedisException e) {
      // Listed below all the same; its time is filled in by the next scan.
    }
    stillConnected(List.of(new UserDevice(user, device)));
  }

  @Override
  public void disconnected(UserId user, DeviceId device) {
    try {
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
    } catch (RedisException e) {
      // The entry expires by itself.
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
