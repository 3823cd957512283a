package org.lynxim.bootstrap;

import com.rabbitmq.client.ConnectionFactory;
import java.sql.DriverManager;
import java.util.UUID;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/**
 * What cluster tests share: databases, Redis keys and RabbitMQ names of their own on the shared
 * services, and dropping them again, so that tests never touch what others use.
 */
final class ClusterFixture {
  private ClusterFixture() {}

  static final String SHARED_REDIS = "redis://127.0.0.1:6379";
  private static final String ADMIN_URL = "jdbc:mariadb://127.0.0.1:3306/test?sslMode=disable";

  /**
   * Creates a database of this run's own on the shared MariaDB, named {@code purpose} and a random
   * tag so that concurrent runs never meet; {@link #dropDatabase} drops it after the test.
   */
  static String newDatabase(String purpose) throws Exception {
    String name = purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    try (var admin = DriverManager.getConnection(ADMIN_URL, "root", "");
        var statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return name;
  }

  /** Drops a database that {@link #newDatabase} made (never anyone else's). */
  static void dropDatabase(String name) throws Exception {
    try (var admin = DriverManager.getConnection(ADMIN_URL, "root", "");
        var statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name);
    }
  }

  /** Deletes the keys that nodes with this prefix wrote to the shared Redis. */
  static void deleteRedisKeys(String prefix) {
    Config config = new Config();
    config.useSingleServer().setAddress(SHARED_REDIS).setConnectionMinimumIdleSize(1);
    RedissonClient redis = Redisson.create(config);
    try {
      redis.getKeys().deleteByPattern(prefix + "*");
    } finally {
      redis.shutdown();
    }
  }

  /** Deletes the queues and the exchange that nodes with this prefix declared. */
  static void deleteRabbitNames(String prefix, int partitions) throws Exception {
    ConnectionFactory factory = new ConnectionFactory();
    try (var connection = factory.newConnection();
        var channel = connection.createChannel()) {
      for (int p = 0; p < partitions; p++) {
        channel.queueDelete(prefix + "send." + p);
      }
      channel.queueDelete(prefix + "dead");
      channel.queueDelete(prefix + "push");
      channel.exchangeDelete(prefix + "deliveries");
    }
  }
}
