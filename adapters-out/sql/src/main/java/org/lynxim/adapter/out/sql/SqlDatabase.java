package org.lynxim.adapter.out.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.jdbc.JdbcClientBuilder;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * One database: a Hikari pool shared by Flyway (migrations at open), Helidon DbClient (the message
 * timeline, read positions) and Hibernate (users, groups). Open it once per process.
 */
public final class SqlDatabase implements AutoCloseable {
  private static final String MARIADB_TABLE_OPTIONS =
      "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";

  private final HikariDataSource dataSource;
  private final SqlDialect dialect;
  private final DbClient dbClient;
  private final EntityManagerFactory entityManagers;

  private SqlDatabase(HikariDataSource dataSource, SqlDialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.dbClient = JdbcClientBuilder.create().connectionPool(() -> connection(dataSource)).build();
    this.entityManagers =
        new PersistenceConfiguration("lynx")
            .managedClass(UserEntity.class)
            .managedClass(GroupEntity.class)
            .managedClass(GroupMemberEntity.class)
            .property("jakarta.persistence.nonJtaDataSource", dataSource)
            .property("hibernate.hbm2ddl.auto", "none")
            .property("hibernate.jdbc.time_zone", "UTC")
            .createEntityManagerFactory();
  }

  /** Connects, brings the schema up to date, and returns the open database. */
  public static SqlDatabase open(SqlSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.url());
    config.setUsername(settings.username());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.maxPoolSize());
    config.setMinimumIdle(Math.min(2, settings.maxPoolSize()));
    config.setConnectionTimeout(settings.connectionTimeout().toMillis());
    config.setPoolName("lynx-sql");
    // Start even when the database is down: it answers 503 until the database is back.
    config.setInitializationFailTimeout(-1);
    HikariDataSource dataSource = new HikariDataSource(config);
    try {
      SqlDialect dialect = SqlDialect.of(settings.url());
      Flyway.configure()
          .dataSource(dataSource)
          .locations(dialect.migrations().toArray(String[]::new))
          .placeholders(
              Map.of(
                  "table_options",
                  dialect == SqlDialect.MARIADB ? MARIADB_TABLE_OPTIONS : "",
                  // Past 65,535 bytes a MariaDB row holds no VARCHAR; H2 keeps a long one inline.
                  "long_text",
                  switch (dialect) {
                    case H2 -> "VARCHAR(1048576)";
                    case MARIADB -> "MEDIUMTEXT";
                    case POSTGRESQL -> "TEXT";
                  }))
          .load()
          .migrate();
      SqlDatabase database = new SqlDatabase(dataSource, dialect);
      database.favorites().indexUnindexed();
      return database;
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  public SqlMessageStore messageStore() {
    return new SqlMessageStore(dbClient, dialect);
  }

  public SqlTimelineExport timelineExport() {
    return new SqlTimelineExport(dbClient);
  }

  public SqlMessageLinks messageLinks() {
    return new SqlMessageLinks(dbClient);
  }

  public SqlInboxStore inboxStore(Clock clock) {
    return new SqlInboxStore(dbClient, dialect, clock);
  }

  /** The devices' push tokens; {@code clock} stamps their updates. */
  public SqlPushTokens pushTokens(Clock clock) {
    return new SqlPushTokens(dbClient, clock);
  }

  public SqlBlocks blocks() {
    return new SqlBlocks(dbClient);
  }

  public SqlFriendships friendships() {
    return new SqlFriendships(dbClient);
  }

  public SqlConversationSettings conversationSettings() {
    return new SqlConversationSettings(dbClient);
  }

  public SqlFavorites favorites() {
    return new SqlFavorites(dbClient);
  }

  /** The file catalogue; {@code clock} stamps when stored bytes were last used. */
  public SqlFileCatalogue fileCatalogue(Clock clock) {
    return new SqlFileCatalogue(dbClient, dialect, clock);
  }

  /** File bytes kept in this database, in chunks, for every node to read. */
  public SqlChunkFileStore chunkFileStore(Clock clock) {
    return chunkFileStore(clock, SqlChunkFileStore.DEFAULT_CHUNK_BYTES);
  }

  SqlChunkFileStore chunkFileStore(Clock clock, int chunkBytes) {
    return new SqlChunkFileStore(dataSource, new SecureRandom(), clock, chunkBytes);
  }

  public SqlLastSeen lastSeen() {
    return new SqlLastSeen(dbClient);
  }

  public SqlRelations relations() {
    return new SqlRelations(dbClient);
  }

  public SqlReadPositions readPositions() {
    return new SqlReadPositions(dbClient, dialect);
  }

  /** The accounts; {@code clock} stamps their creation. */
  public JpaUserAccounts userAccounts(Clock clock) {
    return new JpaUserAccounts(new Jpa(entityManagers), clock);
  }

  /** The groups; {@code clock} stamps their creation. */
  public JpaGroupStore groupStore(Clock clock) {
    return new JpaGroupStore(new Jpa(entityManagers), clock);
  }

  /** For tests of this package: statements of their own on the same database. */
  DbClient dbClient() {
    return dbClient;
  }

  /**
   * Whether the database's own timeline holds any message: a data directory from before the
   * timeline could be kept elsewhere.
   */
  public boolean holdsMessages() {
    return SqlFailures.reading(
        () -> dbClient.execute().get("SELECT seq FROM messages LIMIT 1").isPresent());
  }

  /** Whether a connection can be had and answers, for health checks. */
  public boolean isReachable() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public void close() {
    entityManagers.close();
    dbClient.close();
    dataSource.close();
  }

  private static Connection connection(HikariDataSource dataSource) {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw SqlFailures.unavailable(e);
    }
  }
}
