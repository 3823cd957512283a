package org.lynxim.adapter.out.sql;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

/**
 * The databases the SQL contract tests run on, opened once per test JVM: an in-memory H2 in MariaDB
 * mode (the embedded default's engine), and the real MariaDB and PostgreSQL on this machine, each
 * in a database of its own ({@code LYNX_TEST_MARIADB_SERVER}, {@code LYNX_TEST_POSTGRESQL_SERVER}
 * override where).
 */
final class TestDatabases {
  static final String MARIADB_SERVER =
      System.getenv().getOrDefault("LYNX_TEST_MARIADB_SERVER", "jdbc:mariadb://127.0.0.1:3306/");
  private static SqlDatabase h2;
  private static SqlDatabase mariadb;
  static final String POSTGRESQL_SERVER =
      System.getenv()
          .getOrDefault("LYNX_TEST_POSTGRESQL_SERVER", "jdbc:postgresql://127.0.0.1:5432/");
  private static SqlDatabase postgresql;

  private TestDatabases() {}

  static synchronized SqlDatabase h2() {
    if (h2 == null) {
      h2 =
          SqlDatabase.open(
              new SqlSettings(
                  "jdbc:h2:mem:lynx-contract;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                  "sa",
                  "",
                  8,
                  Duration.ofSeconds(5)));
    }
    return h2;
  }

  static synchronized SqlDatabase mariadb() {
    if (mariadb == null) {
      String options = "?sslMode=disable";
      // A database of this run's own: the migrations run from scratch, as on a new install, and
      // nothing another user of the shared server made is touched. Dropped when the JVM exits.
      String name = "lynx_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
      admin(options, "CREATE DATABASE " + name);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    mariadb.close();
                    admin(options, "DROP DATABASE IF EXISTS " + name);
                  }));
      mariadb =
          SqlDatabase.open(
              new SqlSettings(
                  MARIADB_SERVER + name + options, "root", "", 8, Duration.ofSeconds(5)));
    }
    return mariadb;
  }

  static synchronized SqlDatabase postgresql() {
    if (postgresql == null) {
      // As for MariaDB: a database of this run's own, dropped when the JVM exits.
      String name = "lynx_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
      postgresAdmin("CREATE DATABASE " + name);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    postgresql.close();
                    postgresAdmin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                  }));
      postgresql =
          SqlDatabase.open(
              new SqlSettings(POSTGRESQL_SERVER + name, "postgres", "", 8, Duration.ofSeconds(5)));
    }
    return postgresql;
  }

  private static void postgresAdmin(String statement) {
    try (var connection = DriverManager.getConnection(POSTGRESQL_SERVER + "test", "postgres", "");
        var sql = connection.createStatement()) {
      sql.execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL must run at " + POSTGRESQL_SERVER, e);
    }
  }

  private static void admin(String options, String statement) {
    try (var connection =
            DriverManager.getConnection(MARIADB_SERVER + "test" + options, "root", "");
        var sql = connection.createStatement()) {
      sql.execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException("MariaDB must run at " + MARIADB_SERVER, e);
    }
  }
}
