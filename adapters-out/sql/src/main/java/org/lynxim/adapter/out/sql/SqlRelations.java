package org.lynxim.adapter.out.sql;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import org.lynxim.application.social.port.out.Relations;
import org.lynxim.domain.social.BlockStatus;
import org.lynxim.domain.social.Standing;
import org.lynxim.domain.user.DirectMessages;
import org.lynxim.domain.user.UserId;

/** Blocks, friendship and the peer's setting in one statement: this runs on every direct send. */
public final class SqlRelations implements Relations {
  private static final String STANDING =
      "SELECT"
          + " (SELECT COUNT(*) FROM blocks WHERE blocker_id = ? AND blocked_id = ?) AS i_blocked,"
          + " (SELECT COUNT(*) FROM blocks WHERE blocker_id = ? AND blocked_id = ?) AS peer_blocked,"
          + " (SELECT COUNT(*) FROM friends WHERE user_id = ? AND friend_id = ?) AS friends,"
          + " (SELECT direct_messages FROM users WHERE user_id = ?) AS peer_takes";

  private final DbClient db;

  SqlRelations(DbClient db) {
    this.db = db;
  }

  @Override
  public Standing standing(UserId user, UserId peer) {
    String u = user.value();
    String p = peer.value();
    return SqlFailures.reading(
            () -> db.execute().get(STANDING, u, p, p, u, u, p, p).map(SqlRelations::toStanding))
        .orElse(Standing.NONE);
  }

  private static Standing toStanding(DbRow row) {
    String peerTakes = row.column("peer_takes").getString();
    return new Standing(
        BlockStatus.of(
            row.column("i_blocked").getLong() > 0, row.column("peer_blocked").getLong() > 0),
        row.column("friends").getLong() > 0,
        // An unknown peer takes nothing, but that is answered before (404): default here.
        peerTakes == null ? DirectMessages.EVERYONE : DirectMessages.of(peerTakes));
  }
}
