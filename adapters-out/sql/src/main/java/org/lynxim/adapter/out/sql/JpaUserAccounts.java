package org.lynxim.adapter.out.sql;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.user.UserAccount;
import org.lynxim.domain.user.UserId;

/** Users through Hibernate. */
public final class JpaUserAccounts implements UserAccounts {
  private final Jpa jpa;
  private final Clock clock;

  JpaUserAccounts(Jpa jpa, Clock clock) {
    this.jpa = jpa;
    this.clock = clock;
  }

  @Override
  public void add(UserAccount account) {
    try {
      jpa.inTransaction(
          em -> {
            // A taken name is the common case of a conflict: found without a failed insert, which
            // the JDBC driver and Hibernate would log as a warning.
            if (em.find(UserEntity.class, account.id().value()) != null) {
              throw new ConflictException(
                  Reason.USERNAME_TAKEN, "user_id " + account.id() + " is taken");
            }
            em.persist(UserEntity.toRow(account, clock.millis()));
            em.flush();
            return null;
          });
    } catch (Jpa.DuplicateKeyException taken) {
      throw new ConflictException(Reason.USERNAME_TAKEN, "user_id " + account.id() + " is taken");
    }
  }

  @Override
  public Optional<UserAccount> find(UserId id) {
    return jpa.inTransaction(
        em -> Optional.ofNullable(em.find(UserEntity.class, id.value())).map(UserEntity::toDomain));
  }

  @Override
  public Set<UserId> existing(Collection<UserId> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    List<String> wanted = ids.stream().map(UserId::value).distinct().toList();
    List<String> found =
        jpa.inTransaction(
            em ->
                em.createQuery(
                        "SELECT u.userId FROM UserEntity u WHERE u.userId IN :ids", String.class)
                    .setParameter("ids", wanted)
                    .getResultList());
    Set<UserId> existing = new HashSet<>();
    found.forEach(id -> existing.add(UserId.of(id)));
    return existing;
  }
}
