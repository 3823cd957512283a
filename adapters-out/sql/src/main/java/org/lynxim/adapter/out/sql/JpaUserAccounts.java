package org.lynxim.adapter.out.sql;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.application.account.port.out.UserProfiles;
import org.lynxim.application.account.port.out.UserSettingsStore;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.profile.Profile;
import org.lynxim.domain.user.Nickname;
import org.lynxim.domain.user.UserAccount;
import org.lynxim.domain.user.UserId;
import org.lynxim.domain.user.UserSettings;

/**
 * The users' table through Hibernate: accounts, public profiles and own settings, all on the user's
 * row.
 */
public final class JpaUserAccounts implements UserAccounts, UserProfiles, UserSettingsStore {
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

  @Override
  public Optional<Profile> profile(UserId user) {
    return jpa.inTransaction(
        em ->
            Optional.ofNullable(em.find(UserEntity.class, user.value()))
                .map(UserEntity::toProfile));
  }

  @Override
  public Profile changeNickname(UserId user, Optional<Nickname> nickname) {
    return jpa.inTransaction(
        em -> {
          UserEntity row = requireRow(em, user);
          row.nickname = nickname.map(Nickname::value).orElse(null);
          return row.toProfile();
        });
  }

  @Override
  public Profile changeAvatar(UserId user, Optional<FileId> avatar) {
    return jpa.inTransaction(
        em -> {
          UserEntity row = requireRow(em, user);
          row.avatarFileId = avatar.map(FileId::value).orElse(null);
          return row.toProfile();
        });
  }

  @Override
  public Set<UserId> withoutReadReceipts(Collection<UserId> users) {
    if (users.isEmpty()) {
      return Set.of();
    }
    List<String> wanted = users.stream().map(UserId::value).distinct().toList();
    List<String> found =
        jpa.inTransaction(
            em ->
                em.createQuery(
                        "SELECT u.userId FROM UserEntity u"
                            + " WHERE u.userId IN :ids AND u.readReceipts = false",
                        String.class)
                    .setParameter("ids", wanted)
                    .getResultList());
    Set<UserId> without = new HashSet<>();
    found.forEach(id -> without.add(UserId.of(id)));
    return without;
  }

  @Override
  public UserSettings settingsOf(UserId user) {
    return jpa.inTransaction(
        em ->
            Optional.ofNullable(em.find(UserEntity.class, user.value()))
                .map(UserEntity::toSettings)
                .orElse(UserSettings.DEFAULTS));
  }

  @Override
  public void save(UserId user, UserSettings settings) {
    jpa.inTransaction(
        em -> {
          requireRow(em, user).setSettings(settings);
          return null;
        });
  }

  private static UserEntity requireRow(jakarta.persistence.EntityManager em, UserId user) {
    UserEntity row = em.find(UserEntity.class, user.value());
    if (row == null) {
      throw new NotFoundException("no such user " + user.value());
    }
    return row;
  }
}
