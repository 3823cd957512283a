package org.lynxim.adapter.out.redis;

import java.time.Duration;
import java.util.Objects;

/** Where Redis is ({@code redis://host:port}), and how long a command may take before it fails. */
public record RedisSettings(String address, Duration timeout, String keyPrefix) {
  public RedisSettings {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(keyPrefix, "keyPrefix");
  }
}
