package org.lynxim.adapter.out.sql;

import io.helidon.dbclient.DbClientException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.function.Supplier;
import org.lynxim.application.port.out.StoreUnavailableException;

/** Tells a broken unique key apart from every other database failure. */
final class SqlFailures {
  private SqlFailures() {}

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
