package org.lynxim.adapter.out.sql;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.lynxim.application.presence.port.out.LastSeenStore;
import org.lynxim.domain.user.UserId;

/** Last-seen times on the users' rows (column {@code last_seen}). */
public final class SqlLastSeen implements LastSeenStore {
  private static final String RECORD = "UPDATE users SET last_seen = ? WHERE user_id = ?";

  private final DbClient db;

  SqlLastSeen(DbClient db) {
    this.db = db;
  }

  @Override
  public void record(UserId user, Instant at) {
    SqlFailures.reading(() -> db.execute().dml(RECORD, at.toEpochMilli(), user.value()));
  }

  @Override
  public Map<UserId, Instant> of(Collection<UserId> users) {
    List<String> ids = users.stream().map(UserId::value).distinct().toList();
    Map<UserId, Instant> seen = new HashMap<>();
    if (ids.isEmpty()) {
      return seen;
    }
    String sql =
        "SELECT user_id, last_seen FROM users WHERE last_seen IS NOT NULL AND user_id IN ("
            + String.join(", ", Collections.nCopies(ids.size(), "?"))
            + ")";
    return SqlFailures.reading(
        () -> {
          try (Stream<DbRow> rows = db.execute().query(sql, ids.toArray())) {
            rows.forEach(
                row ->
                    seen.put(
                        UserId.of(row.column("user_id").getString()),
                        Instant.ofEpochMilli(row.column("last_seen").getLong())));
          }
          return seen;
        });
  }
}
