package org.lynxim.adapter.out.sql;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lynxim.application.social.port.out.Friendships;
import org.lynxim.domain.social.Friend;
import org.lynxim.domain.social.FriendRequest;
import org.lynxim.domain.social.FriendRequestId;
import org.lynxim.domain.social.FriendRequestStatus;
import org.lynxim.domain.social.Remark;
import org.lynxim.domain.social.RequestDirection;
import org.lynxim.domain.user.Nickname;
import org.lynxim.domain.user.UserId;

/**
 * Friend requests and friendships in the database (tables {@code friend_requests}, {@code
 * friends}).
 */
public final class SqlFriendships implements Friendships {
  private static final String REQUEST_COLUMNS =
      "request_id, from_id, to_id, message, status, created_at";
  private static final String PENDING_PAIR =
      "SELECT " + REQUEST_COLUMNS + " FROM friend_requests WHERE pending_pair = ?";
  private static final String INSERT_REQUEST =
      "INSERT INTO friend_requests ("
          + REQUEST_COLUMNS
          + ", pending_pair)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";
  private static final String BY_ID =
      "SELECT " + REQUEST_COLUMNS + " FROM friend_requests WHERE request_id = ?";
  private static final String ANSWER =
      "UPDATE friend_requests SET status = ?, pending_pair = NULL"
          + " WHERE request_id = ? AND status = 'pending'";
  private static final String ANSWER_PAIR =
      "UPDATE friend_requests SET status = ?, pending_pair = NULL WHERE pending_pair = ?";
  private static final String INCOMING =
      "SELECT "
          + REQUEST_COLUMNS
          + " FROM friend_requests"
          + " WHERE to_id = ? AND status = 'pending' ORDER BY created_at DESC, request_id";
  private static final String OUTGOING =
      "SELECT "
          + REQUEST_COLUMNS
          + " FROM friend_requests"
          + " WHERE from_id = ? AND status = 'pending' ORDER BY created_at DESC, request_id";
  private static final String IS_FRIEND =
      "SELECT since FROM friends WHERE user_id = ? AND friend_id = ?";
  private static final String INSERT_FRIEND =
      "INSERT INTO friends (user_id, friend_id, remark, since) VALUES (?, ?, NULL, ?)";
  private static final String FRIEND_COLUMNS =
      "SELECT f.friend_id, u.nickname, f.remark, f.since"
          + " FROM friends f LEFT JOIN users u ON u.user_id = f.friend_id";
  private static final String FRIEND_IDS = "SELECT friend_id FROM friends WHERE user_id = ?";
  private static final String FRIENDS_OF =
      FRIEND_COLUMNS + " WHERE f.user_id = ? ORDER BY f.friend_id";
  private static final String FRIEND = FRIEND_COLUMNS + " WHERE f.user_id = ? AND f.friend_id = ?";
  private static final String SET_REMARK =
      "UPDATE friends SET remark = ? WHERE user_id = ? AND friend_id = ?";
  private static final String UNFRIEND =
      "DELETE FROM friends WHERE (user_id = ? AND friend_id = ?) OR (user_id = ? AND friend_id = ?)";

  private final DbClient db;

  SqlFriendships(DbClient db) {
    this.db = db;
  }

  /** The key that keeps one pending request from {@code from} to {@code to}. */
  private static String pair(UserId from, UserId to) {
    return from.value() + ":" + to.value();
  }

  @Override
  public PendingRequests pendingBetween(UserId user, UserId peer) {
    return SqlFailures.reading(
        () -> {
          DbExecute execute = db.execute();
          return new PendingRequests(
              execute.get(PENDING_PAIR, pair(user, peer)).map(SqlFriendships::toRequest),
              execute.get(PENDING_PAIR, pair(peer, user)).map(SqlFriendships::toRequest));
        });
  }

  @Override
  public Opening open(FriendRequest request) {
    // Two asks that race: the second loses on the pending key, is retried, and finds the first.
    return SqlFailures.retryingConflicts(
        () ->
            SqlFailures.inTransaction(
                db,
                tx -> {
                  String pair = pair(request.from(), request.to());
                  Optional<FriendRequest> pending =
                      tx.get(PENDING_PAIR, pair).map(SqlFriendships::toRequest);
                  if (pending.isPresent()) {
                    return new Opening(pending.get(), false);
                  }
                  tx.dml(
                      INSERT_REQUEST,
                      request.id().value(),
                      request.from().value(),
                      request.to().value(),
                      request.message().orElse(null),
                      request.status().wireName(),
                      request.createdAt().toEpochMilli(),
                      pair);
                  return new Opening(request, true);
                }));
  }

  @Override
  public Optional<FriendRequest> request(FriendRequestId id) {
    return SqlFailures.reading(
        () -> db.execute().get(BY_ID, id.value()).map(SqlFriendships::toRequest));
  }

  @Override
  public boolean answer(FriendRequest answered, Instant now) {
    String status = answered.status().wireName();
    return SqlFailures.retryingConflicts(
        () ->
            SqlFailures.inTransaction(
                db,
                tx -> {
                  if (tx.dml(ANSWER, status, answered.id().value()) == 0) {
                    return false;
                  }
                  if (answered.status() == FriendRequestStatus.ACCEPTED) {
                    tx.dml(ANSWER_PAIR, status, pair(answered.to(), answered.from()));
                    befriend(tx, answered.from(), answered.to(), now);
                    befriend(tx, answered.to(), answered.from(), now);
                  }
                  return true;
                }));
  }

  private static void befriend(DbExecute tx, UserId user, UserId friend, Instant now) {
    if (tx.get(IS_FRIEND, user.value(), friend.value()).isEmpty()) {
      tx.dml(INSERT_FRIEND, user.value(), friend.value(), now.toEpochMilli());
    }
  }

  @Override
  public List<FriendRequest> pending(UserId user, RequestDirection direction) {
    String query = direction == RequestDirection.INCOMING ? INCOMING : OUTGOING;
    return SqlFailures.reading(
        () -> db.execute().query(query, user.value()).map(SqlFriendships::toRequest).toList());
  }

  @Override
  public Set<UserId> friendIdsOf(UserId user) {
    return SqlFailures.reading(
        () ->
            db.execute()
                .query(FRIEND_IDS, user.value())
                .map(row -> UserId.of(row.column("friend_id").getString()))
                .collect(Collectors.toSet()));
  }

  @Override
  public List<Friend> friendsOf(UserId user) {
    return SqlFailures.reading(
        () -> db.execute().query(FRIENDS_OF, user.value()).map(SqlFriendships::toFriend).toList());
  }

  @Override
  public Optional<Friend> remark(UserId user, UserId friend, Optional<Remark> remark) {
    return SqlFailures.inTransaction(
        db,
        tx -> {
          if (tx.dml(
                  SET_REMARK, remark.map(Remark::value).orElse(null), user.value(), friend.value())
              == 0) {
            return Optional.empty();
          }
          return tx.get(FRIEND, user.value(), friend.value()).map(SqlFriendships::toFriend);
        });
  }

  @Override
  public boolean unfriend(UserId user, UserId friend) {
    return SqlFailures.reading(
            () ->
                db.execute()
                    .dml(UNFRIEND, user.value(), friend.value(), friend.value(), user.value()))
        > 0;
  }

  @Override
  public boolean breakOff(UserId user, UserId peer) {
    String rejected = FriendRequestStatus.REJECTED.wireName();
    return SqlFailures.inTransaction(
        db,
        tx -> {
          tx.dml(ANSWER_PAIR, rejected, pair(user, peer));
          tx.dml(ANSWER_PAIR, rejected, pair(peer, user));
          return tx.dml(UNFRIEND, user.value(), peer.value(), peer.value(), user.value()) > 0;
        });
  }

  private static FriendRequest toRequest(DbRow row) {
    return new FriendRequest(
        FriendRequestId.of(row.column("request_id").getString()),
        UserId.of(row.column("from_id").getString()),
        UserId.of(row.column("to_id").getString()),
        Optional.ofNullable(row.column("message").getString()),
        FriendRequestStatus.of(row.column("status").getString()),
        Instant.ofEpochMilli(row.column("created_at").getLong()));
  }

  private static Friend toFriend(DbRow row) {
    return new Friend(
        UserId.of(row.column("friend_id").getString()),
        Nickname.ofNullable(row.column("nickname").getString()),
        Optional.ofNullable(row.column("remark").getString()).map(Remark::new),
        Instant.ofEpochMilli(row.column("since").getLong()));
  }
}
