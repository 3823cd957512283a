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

  /** The shared database servers a cluster test can run on, each in a database of its own. */
  enum Database {
    MARIADB("jdbc:mariadb://127.0.0.1:3306/", "?sslMode=disable", "root", ""),
    POSTGRESQL("jdbc:postgresql://127.0.0.1:5432/", "", "postgres", " WITH (FORCE)");

    private final String server;
    private final String options;
    final String user;
    private final String dropOptions;

    Database(String server, String options, String user, String dropOptions) {
      this.server = server;
      this.options = options;
      this.user = user;
      this.dropOptions = dropOptions;
    }

    String url(String name) {
      return server + name + options;
    }

    private void admin(String statement) throws Exception {
      try (var admin = DriverManager.getConnection(url("test"), user, "");
          var sql = admin.createStatement()) {
        sql.execute(statement);
      }
    }
  }

  /**
   * Creates a database of this run's own on the shared MariaDB, named {@code purpose} and a random
   * tag so that concurrent runs never meet; {@link #dropDatabase} drops it after the test.
   */
  static String newDatabase(String purpose) throws Exception {
    return newDatabase(purpose, Database.MARIADB);
  }

  static String newDatabase(String purpose, Database server) throws Exception {
    String name = purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    server.admin("CREATE DATABASE " + name);
    return name;
  }

  /** Drops a database that {@link #newDatabase} made (never anyone else's). */
  static void dropDatabase(String name) throws Exception {
    dropDatabase(name, Database.MARIADB);
  }

  static void dropDatabase(String name, Database server) throws Exception {
    server.admin("DROP DATABASE IF EXISTS " + name + server.dropOptions);
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
