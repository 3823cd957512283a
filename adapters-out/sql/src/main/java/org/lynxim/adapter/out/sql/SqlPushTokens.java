package org.lynxim.adapter.out.sql;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.lynxim.application.delivery.port.out.PushTokens;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.PushPlatform;
import org.lynxim.domain.user.PushToken;
import org.lynxim.domain.user.UserId;

/** The devices' push tokens in the database: one row per device, replaced whole. */
public final class SqlPushTokens implements PushTokens {
  private static final String DELETE =
      "DELETE FROM device_push_tokens WHERE user_id = ? AND device_id = ?";
  private static final String INSERT =
      "INSERT INTO device_push_tokens (user_id, device_id, platform, token, updated_at)"
          + " VALUES (?, ?, ?, ?, ?)";
  private static final String OF_USER =
      "SELECT device_id, platform, token FROM device_push_tokens WHERE user_id = ?";

  private static final String OF_USERS =
      "SELECT user_id, device_id, platform, token FROM device_push_tokens WHERE user_id IN (";
  private static final int USERS_PER_STATEMENT = 500;

  private final DbClient db;
  private final Clock clock;

  SqlPushTokens(DbClient db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public void set(UserId user, DeviceId device, PushToken token) {
    // Two sets of one device at once: the one that loses on the key is retried, and replaces.
    SqlFailures.retryingConflicts(
        () ->
            SqlFailures.inTransaction(
                db,
                tx -> {
                  tx.dml(DELETE, user.value(), device.value());
                  return tx.dml(
                      INSERT,
                      user.value(),
                      device.value(),
                      token.platform().wireName(),
                      token.token(),
                      clock.millis());
                }));
  }

  @Override
  public void remove(UserId user, DeviceId device) {
    SqlFailures.reading(() -> db.execute().dml(DELETE, user.value(), device.value()));
  }

  @Override
  public Map<DeviceId, PushToken> of(UserId user) {
    return SqlFailures.reading(
        () -> {
          Map<DeviceId, PushToken> tokens = new HashMap<>();
          db.execute()
              .query(OF_USER, user.value())
              .forEach(
                  row ->
                      tokens.put(
                          DeviceId.of(row.column("device_id").getString()),
                          new PushToken(
                              PushPlatform.of(row.column("platform").getString()),
                              row.column("token").getString())));
          return tokens;
        });
  }

  @Override
  public Map<UserId, Map<DeviceId, PushToken>> ofUsers(Collection<UserId> users) {
    List<String> ids = users.stream().map(UserId::value).distinct().toList();
    Map<UserId, Map<DeviceId, PushToken>> tokens = new HashMap<>();
    for (int from = 0; from < ids.size(); from += USERS_PER_STATEMENT) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + USERS_PER_STATEMENT));
      String sql = OF_USERS + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
      SqlFailures.reading(
          () -> {
            try (Stream<DbRow> rows = db.execute().query(sql, chunk.toArray())) {
              rows.forEach(
                  row ->
                      tokens
                          .computeIfAbsent(
                              UserId.of(row.column("user_id").getString()), u -> new HashMap<>())
                          .put(
                              DeviceId.of(row.column("device_id").getString()),
                              new PushToken(
                                  PushPlatform.of(row.column("platform").getString()),
                                  row.column("token").getString())));
            }
            return null;
          });
    }
    return tokens;
  }
}
