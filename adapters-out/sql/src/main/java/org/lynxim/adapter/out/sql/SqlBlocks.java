package org.lynxim.adapter.out.sql;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lynxim.application.social.port.out.Blocks;
import org.lynxim.domain.social.Block;
import org.lynxim.domain.user.UserId;

/** The block list in the database: a row per (blocker, blocked), the first time kept. */
public final class SqlBlocks implements Blocks {
  private static final String FIND =
      "SELECT since FROM blocks WHERE blocker_id = ? AND blocked_id = ?";
  private static final String INSERT =
      "INSERT INTO blocks (blocker_id, blocked_id, since) VALUES (?, ?, ?)";
  private static final String DELETE = "DELETE FROM blocks WHERE blocker_id = ? AND blocked_id = ?";
  private static final String OF_BLOCKER =
      "SELECT blocked_id, since FROM blocks WHERE blocker_id = ? ORDER BY blocked_id";

  private static final String EITHER_WAY =
      "SELECT blocked_id AS other_id FROM blocks WHERE blocker_id = ?"
          + " UNION SELECT blocker_id AS other_id FROM blocks WHERE blocked_id = ?";

  private final DbClient db;

  SqlBlocks(DbClient db) {
    this.db = db;
  }

  @Override
  public Blocking block(UserId blocker, UserId blocked, Instant now) {
    // A race with a second block of the same pair loses on the key and is retried: it finds it.
    return SqlFailures.retryingConflicts(
        () ->
            SqlFailures.inTransaction(
                db,
                tx -> {
                  Optional<Long> since =
                      tx.get(FIND, blocker.value(), blocked.value())
                          .map(row -> row.column("since").getLong());
                  if (since.isPresent()) {
                    return new Blocking(
                        new Block(blocked, Instant.ofEpochMilli(since.get())), false);
                  }
                  tx.dml(INSERT, blocker.value(), blocked.value(), now.toEpochMilli());
                  return new Blocking(
                      new Block(blocked, Instant.ofEpochMilli(now.toEpochMilli())), true);
                }));
  }

  @Override
  public boolean unblock(UserId blocker, UserId blocked) {
    return SqlFailures.reading(() -> db.execute().dml(DELETE, blocker.value(), blocked.value()))
        > 0;
  }

  @Override
  public List<Block> blocksOf(UserId blocker) {
    return SqlFailures.reading(
        () -> db.execute().query(OF_BLOCKER, blocker.value()).map(SqlBlocks::toBlock).toList());
  }

  @Override
  public Set<UserId> blockedEitherWay(UserId user) {
    return SqlFailures.reading(
        () ->
            db.execute()
                .query(EITHER_WAY, user.value(), user.value())
                .map(row -> UserId.of(row.column("other_id").getString()))
                .collect(Collectors.toSet()));
  }

  private static Block toBlock(DbRow row) {
    return new Block(
        UserId.of(row.column("blocked_id").getString()),
        Instant.ofEpochMilli(row.column("since").getLong()));
  }
}
