package org.lynxim.adapter.out.sql;

import io.helidon.dbclient.DbClient;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
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
}
