package org.lynxim.adapter.out.sql;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import org.lynxim.domain.user.Nickname;
import org.lynxim.domain.user.UserAccount;
import org.lynxim.domain.user.UserId;

/** A row of {@code users}. */
@Entity
@Table(name = "users")
class UserEntity {
  @Id
  @Column(name = "user_id")
  String userId;

  @Column(name = "password_hash")
  String passwordHash;

  @Column(name = "nickname")
  String nickname;

  @Column(name = "created_at")
  long createdAt;

  static UserEntity toRow(UserAccount account, long createdAt) {
    UserEntity row = new UserEntity();
    row.userId = account.id().value();
    row.passwordHash = account.passwordHash();
    row.nickname = account.nickname().map(Nickname::value).orElse(null);
    row.createdAt = createdAt;
    return row;
  }

  UserAccount toDomain() {
    return new UserAccount(
        UserId.of(userId), passwordHash, Optional.ofNullable(nickname).map(Nickname::new));
  }
}
