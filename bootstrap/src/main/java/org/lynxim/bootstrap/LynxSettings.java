package org.lynxim.bootstrap;

import io.helidon.config.Config;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The typed settings under {@code lynx} in {@code application.yaml}; every key can be overridden
 * from the environment ({@code LYNX_DATA_DIR} for {@code lynx.data.dir}, and so on), which is why
 * the keys have no dashes.
 */
record LynxSettings(
    boolean cluster,
    Path dataDir,
    Optional<String> dbUrl,
    String dbUser,
    String dbPassword,
    int dbPoolSize,
    Duration dbConnectionTimeout,
    Optional<String> jwtSecret,
    Duration tokenLifetime,
    int passwordCost,
    int passwordHashers,
    Duration passwordWait,
    int loginFailuresPerUser,
    int loginFailuresPerAddress,
    Duration loginFailuresPeriod,
    Duration heartbeatTimeout,
    Duration httpIdleTimeout,
    Duration requestHeadersTimeout,
    Duration requestBodyStall,
    Duration presenceGrace,
    int outgoingQueueCapacity,
    int maxMessageBytes,
    int maxDevices,
    int connectionsPerAddress,
    long sendsPerSecond,
    long sendBurst,
    long userSendsPerSecond,
    long userSendBurst,
    long groupChangesPerMinute,
    long groupChangeBurst,
    int writers,
    int writerQueue,
    int writerBatch,
    int inboxMaxMembers,
    int groupsMaxMembers,
    int streamMaxBytes,
    long filesMaxUploadBytes,
    Duration recallWindow,
    Duration editWindow,
    int stormMembers,
    Duration callsRingTimeout,
    Duration streamIdleTimeout,
    Duration filesUnreferencedTtl,
    Optional<Path> filesDir,
    Duration filesSweepEvery,
    Duration filesSweepGrace,
    Optional<Integer> tcpPort,
    Duration inboxKeepTime,
    int inboxKeepEntries,
    Duration inboxTrimEvery,
    String timelineStore,
    boolean timelineSync) {

  static LynxSettings from(Config lynx) {
    String profile = lynx.get("profile").asString().orElse("embedded");
    if (!profile.equals("embedded") && !profile.equals("cluster")) {
      throw new IllegalArgumentException("lynx.profile must be embedded or cluster");
    }
    return new LynxSettings(
        profile.equals("cluster"),
        Path.of(lynx.get("data.dir").asString().orElse("./data")),
        lynx.get("db.url").asString().asOptional().filter(url -> !url.isBlank()),
        lynx.get("db.user").asString().orElse("sa"),
        lynx.get("db.password").asString().orElse(""),
        lynx.get("db.pool").asInt().orElse(16),
        lynx.get("db.timeout").as(Duration.class).orElse(Duration.ofSeconds(3)),
        lynx.get("jwt.secret").asString().asOptional().filter(secret -> !secret.isBlank()),
        lynx.get("jwt.lifetime").as(Duration.class).orElse(Duration.ofHours(24)),
        lynx.get("password.cost").asInt().orElse(10),
        lynx.get("password.hashers").asInt().orElse(1),
        lynx.get("password.wait").as(Duration.class).orElse(Duration.ofSeconds(1)),
        lynx.get("login.failures.user").asInt().orElse(10),
        lynx.get("login.failures.address").asInt().orElse(50),
        lynx.get("login.failures.period").as(Duration.class).orElse(Duration.ofMinutes(1)),
        lynx.get("heartbeat.timeout").as(Duration.class).orElse(Duration.ofSeconds(90)),
        lynx.get("http.idle.timeout").as(Duration.class).orElse(Duration.ofSeconds(10)),
        lynx.get("http.headers.timeout").as(Duration.class).orElse(Duration.ofSeconds(10)),
        lynx.get("http.body.stall").as(Duration.class).orElse(Duration.ofSeconds(20)),
        lynx.get("presence.grace").as(Duration.class).orElse(Duration.ofSeconds(5)),
        lynx.get("ws.queue").asInt().orElse(1024),
        lynx.get("ws.message.max").asInt().orElse(64 * 1024),
        lynx.get("max.devices").asInt().orElse(20),
        lynx.get("connections.per.address").asInt().orElse(1000),
        lynx.get("rate.refill").asLong().orElse(30L),
        lynx.get("rate.burst").asLong().orElse(60L),
        lynx.get("rate.user.refill").asLong().orElse(60L),
        lynx.get("rate.user.burst").asLong().orElse(120L),
        lynx.get("rate.groups.refill").asLong().orElse(30L),
        lynx.get("rate.groups.burst").asLong().orElse(30L),
        lynx.get("writers.count").asInt().orElse(8),
        lynx.get("writers.queue").asInt().orElse(10_000),
        lynx.get("writers.batch").asInt().orElse(512),
        lynx.get("inbox.members").asInt().orElse(500),
        lynx.get("groups.max.members").asInt().orElse(10_000),
        lynx.get("stream.max.bytes").asInt().orElse(65_536),
        lynx.get("files.max.upload.bytes").asLong().orElse(20L * 1024 * 1024),
        lynx.get("recall.window").as(Duration.class).orElse(Duration.ofMinutes(2)),
        lynx.get("edit.window").as(Duration.class).orElse(Duration.ofHours(24)),
        lynx.get("storm.members").asInt().orElse(1000),
        lynx.get("calls.ring.timeout").as(Duration.class).orElse(Duration.ofSeconds(45)),
        lynx.get("stream.idle.timeout").as(Duration.class).orElse(Duration.ofSeconds(60)),
        lynx.get("files.unreferenced.ttl").as(Duration.class).orElse(Duration.ofHours(24)),
        lynx.get("files.dir").asString().asOptional().filter(dir -> !dir.isBlank()).map(Path::of),
        lynx.get("files.sweep.every").as(Duration.class).orElse(Duration.ofMinutes(10)),
        lynx.get("files.sweep.grace").as(Duration.class).orElse(Duration.ofHours(1)),
        lynx.get("tcp.port").asInt().asOptional(),
        lynx.get("inbox.keep.time").as(Duration.class).orElse(Duration.ofDays(7)),
        lynx.get("inbox.keep.entries").asInt().orElse(1000),
        lynx.get("inbox.trim.every").as(Duration.class).orElse(Duration.ofHours(1)),
        timelineStore(lynx.get("timeline.store").asString().orElse("")),
        lynx.get("timeline.sync").asBoolean().orElse(false));
  }

  /** Empty: RocksDB in the embedded shape without a configured database, else the database. */
  private static String timelineStore(String store) {
    if (!store.isEmpty() && !store.equals("rocksdb") && !store.equals("database")) {
      throw new IllegalArgumentException("lynx.timeline.store must be rocksdb, database or empty");
    }
    return store;
  }

  /**
   * The configured database, or the embedded H2 file under the data directory. H2 writes each
   * commit to its file before the commit returns (WRITE_DELAY=0; by default it waits up to half a
   * second, and a killed process would lose acknowledged messages), and does not close itself at
   * JVM exit: the shutdown hook closes it after the last acknowledged write.
   */
  String jdbcUrl() {
    return dbUrl.orElseGet(
        () ->
            "jdbc:h2:file:"
                + dataDir.toAbsolutePath().normalize().resolve("lynx")
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
  }
}
