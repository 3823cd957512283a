package org.lynxim.adapter.out.redis;

import java.time.Clock;
import java.time.Duration;
import java.util.function.ToLongFunction;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.domain.conversation.ConversationId;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;
import org.redisson.config.Config;

/**
 * One Redisson client for the node, sized for a small machine (Redisson's defaults open 24
 * connections and about 50 threads). Redisson reconnects by itself when Redis comes back.
 */
public final class RedisConnection implements AutoCloseable {
  private final RedissonClient client;
  private final RedisSettings settings;

  private RedisConnection(RedissonClient client, RedisSettings settings) {
    this.client = client;
    this.settings = settings;
  }

  public static RedisConnection open(RedisSettings settings) {
    Config config = new Config();
    config.setThreads(2).setNettyThreads(4);
    config
        .useSingleServer()
        .setAddress(settings.address())
        .setConnectionMinimumIdleSize(2)
        .setConnectionPoolSize(16)
        .setSubscriptionConnectionMinimumIdleSize(1)
        .setSubscriptionConnectionPoolSize(4)
        .setTimeout((int) settings.timeout().toMillis())
        .setConnectTimeout((int) settings.timeout().toMillis())
        .setRetryAttempts(1);
    return new RedisConnection(Redisson.create(config), settings);
  }

  RedissonClient client() {
    return client;
  }

  String key(String name) {
    return settings.keyPrefix() + name;
  }

  public RedisSeqAllocator seqAllocator(ToLongFunction<ConversationId> storedLastSeq) {
    return new RedisSeqAllocator(this, storedLastSeq);
  }

  /**
   * @param keep how long a leaving mark lasts unless settled first
   */
  public RedisLeavingUsers leavingUsers(Duration keep) {
    return new RedisLeavingUsers(this, keep);
  }

  public RedisDeviceFocus deviceFocus() {
    return new RedisDeviceFocus(this);
  }

  public RedisCallStore callStore() {
    return new RedisCallStore(this);
  }

  public RedisStreamBuffers streamBuffers() {
    return new RedisStreamBuffers(this);
  }

  /**
   * @param ttl how long a device stays listed without a refresh (a few heartbeat scans)
   */
  public RedisDevicePresence devicePresence(String node, Duration ttl, Clock clock) {
    return new RedisDevicePresence(this, node, ttl, clock);
  }

  /**
   * @param idleExpiry how long an inbox with no new entry is kept at all; zero: always
   * @param timeline where the messages are stored (the database)
   */
  public RedisInboxStore inboxStore(Duration idleExpiry, Clock clock, MessageStore timeline) {
    return new RedisInboxStore(this, idleExpiry, clock, timeline);
  }

  public RedisSendRateLimiter sendRateLimiter(
      long perSecond, long burst, long userPerSecond, long userBurst) {
    return new RedisSendRateLimiter(this, perSecond, burst, userPerSecond, userBurst);
  }

  /** Whether Redis answers, for health checks. */
  public boolean isReachable() {
    try {
      client.getBucket(key("health")).isExists();
      return true;
    } catch (RedisException e) {
      return false;
    }
  }

  static StoreUnavailableException unavailable(RedisException e) {
    return new StoreUnavailableException("redis unavailable: " + e.getMessage(), e);
  }

  @Override
  public void close() {
    client.shutdown();
  }
}
