package org.lynxim.adapter.out.sql;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the database is and how many connections to keep. H2 URLs ({@code jdbc:h2:...}) are the
 * embedded default; anything else is taken for MariaDB/MySQL.
 */
public record SqlSettings(
    String url, String username, String password, int maxPoolSize, Duration connectionTimeout) {

  public SqlSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    if (maxPoolSize < 1) {
      throw new IllegalArgumentException("maxPoolSize must be at least 1");
    }
  }

  boolean isH2() {
    return url.startsWith("jdbc:h2:");
  }
}
