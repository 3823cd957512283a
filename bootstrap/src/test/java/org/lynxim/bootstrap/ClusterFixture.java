package org.lynxim.bootstrap;

import com.rabbitmq.client.ConnectionFactory;
import java.sql.DriverManager;

/** What cluster tests share: a fresh MariaDB database, and cleaning their RabbitMQ names away. */
final class ClusterFixture {
  private ClusterFixture() {}

  /** Drops and creates the database on the local MariaDB. */
  static void freshDatabase(String name) throws Exception {
    try (var admin =
            DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:3306/test?sslMode=disable", "root", "");
        var statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name);
      statement.execute("CREATE DATABASE " + name);
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
      channel.exchangeDelete(prefix + "deliveries");
    }
  }
}
