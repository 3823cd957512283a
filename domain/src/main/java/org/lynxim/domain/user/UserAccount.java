package org.lynxim.domain.user;

import java.util.Objects;
import java.util.Optional;

/** A registered user: the id, the stored password hash, and the optional nickname. */
public record UserAccount(UserId id, String passwordHash, Optional<Nickname> nickname) {
  public UserAccount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(nickname, "nickname");
  }

  @Override
  public String toString() {
    return "UserAccount[" + id + "]";
  }
}
