package org.lynxim.adapter.out.sql;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.DbTransaction;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.lynxim.application.common.StoreUnavailableException;

/** Tells a broken unique key and a lost race apart from every other database failure. */
final class SqlFailures {
  private static final int MARIADB_LOCK_WAIT_TIMEOUT = 1205;
  private static final int H2_LOCK_TIMEOUT = 50200;
  private static final RetryPolicy<Object> CONFLICT_RETRIES =
      RetryPolicy.builder()
          .handleIf(SqlFailures::isWriteConflict)
          .withMaxRetries(8)
          .withBackoff(Duration.ofMillis(1), Duration.ofMillis(50))
          .withJitter(0.5)
          .build();

  private SqlFailures() {}

  /**
   * Runs a transaction again when it lost a race to another one: a deadlock, a lock timeout, or a
   * row that another transaction inserted first (two first upserts of one key). The loser was
   * rolled back, so another try is safe; other failures go straight to the caller.
   */
  static <T> T retryingConflicts(Supplier<T> transaction) {
    return Failsafe.with(CONFLICT_RETRIES).get(transaction::get);
  }

  /** Whether the failure is a lost race that a second try of the same transaction would win. */
  static boolean isWriteConflict(Throwable failure) {
    if (isDuplicateKey(failure)) {
      return true;
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && ((sql.getSQLState() != null && sql.getSQLState().startsWith("40"))
              || sql.getErrorCode() == MARIADB_LOCK_WAIT_TIMEOUT
              || sql.getErrorCode() == H2_LOCK_TIMEOUT)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a unique or primary key refused the write (SQLState class 23). */
  static boolean isDuplicateKey(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Any other failure: the database is down, slow, or refused the statement. The caller may retry;
   * sends are idempotent, so a retry is always safe.
   */
  static StoreUnavailableException unavailable(Throwable failure) {
    if (failure instanceof StoreUnavailableException known) {
      return known;
    }
    return new StoreUnavailableException("database unavailable: " + rootMessage(failure), failure);
  }

  /**
   * Runs the work in one transaction, committed when the work returns and rolled back when it
   * throws; a failure of the database becomes {@link #unavailable}.
   */
  static <T> T inTransaction(DbClient db, Function<DbTransaction, T> work) {
    DbTransaction tx = reading(db::transaction);
    try {
      T result = work.apply(tx);
      tx.commit();
      return result;
    } catch (DbClientException e) {
      SqlMessageStore.rollbackQuietly(tx);
      throw unavailable(e);
    } catch (RuntimeException e) {
      SqlMessageStore.rollbackQuietly(tx);
      throw e;
    }
  }

  /** Runs a database call, turning a failure of the database into {@link #unavailable}. */
  static <T> T reading(Supplier<T> call) {
    try {
      return call.get();
    } catch (DbClientException e) {
      throw unavailable(e);
    }
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
