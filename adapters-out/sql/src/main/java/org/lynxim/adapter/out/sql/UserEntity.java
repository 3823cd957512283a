package org.lynxim.adapter.out.sql;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.profile.Profile;
import org.lynxim.domain.user.DirectMessages;
import org.lynxim.domain.user.Nickname;
import org.lynxim.domain.user.UserAccount;
import org.lynxim.domain.user.UserId;
import org.lynxim.domain.user.UserSettings;

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

  @Column(name = "avatar_file_id")
  String avatarFileId;

  @Column(name = "direct_messages")
  String directMessages;

  @Column(name = "read_receipts")
  boolean readReceipts;

  @Column(name = "push_preview")
  boolean pushPreview;

  static UserEntity toRow(UserAccount account, long createdAt) {
    UserEntity row = new UserEntity();
    row.userId = account.id().value();
    row.passwordHash = account.passwordHash();
    row.nickname = account.nickname().map(Nickname::value).orElse(null);
    row.createdAt = createdAt;
    row.setSettings(UserSettings.DEFAULTS);
    return row;
  }

  Profile toProfile() {
    return new Profile(
        UserId.of(userId),
        Optional.ofNullable(nickname).map(Nickname::new),
        Optional.ofNullable(avatarFileId).map(FileId::new));
  }

  UserSettings toSettings() {
    return new UserSettings(DirectMessages.of(directMessages), readReceipts, pushPreview);
  }

  void setSettings(UserSettings settings) {
    directMessages = settings.directMessages().wireName();
    readReceipts = settings.readReceipts();
    pushPreview = settings.pushPreview();
  }

  UserAccount toDomain() {
    return new UserAccount(
        UserId.of(userId), passwordHash, Optional.ofNullable(nickname).map(Nickname::new));
  }
}
