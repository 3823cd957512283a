package org.lynxim.adapter.out.sql;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import java.util.function.Function;

/** Runs work in one JPA transaction, mapping database failures to the application's terms. */
final class Jpa {
  private final EntityManagerFactory factory;

  Jpa(EntityManagerFactory factory) {
    this.factory = factory;
  }

  /**
   * Runs {@code work} in a transaction and commits it.
   *
   * @throws DuplicateKeyException a unique key refused a write (nothing was committed)
   * @throws org.lynxim.application.common.StoreUnavailableException any other database failure
   */
  <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em;
    try {
      em = factory.createEntityManager();
    } catch (RuntimeException e) {
      throw SqlFailures.unavailable(e);
    }
    EntityTransaction tx = em.getTransaction();
    try {
      tx.begin();
      T result = work.apply(em);
      tx.commit();
      return result;
    } catch (PersistenceException e) {
      rollbackQuietly(tx);
      if (SqlFailures.isDuplicateKey(e)) {
        throw new DuplicateKeyException(e);
      }
      throw SqlFailures.unavailable(e);
    } catch (RuntimeException e) {
      rollbackQuietly(tx);
      throw e;
    } finally {
      em.close();
    }
  }

  private static void rollbackQuietly(EntityTransaction tx) {
    try {
      if (tx.isActive()) {
        tx.rollback();
      }
    } catch (RuntimeException ignored) {
      // The connection is gone; nothing was committed.
    }
  }

  /** A unique or primary key refused a write. */
  static final class DuplicateKeyException extends RuntimeException {
    DuplicateKeyException(Throwable cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }
}
