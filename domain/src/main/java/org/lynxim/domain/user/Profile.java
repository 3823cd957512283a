package org.lynxim.domain.user;

import java.util.Objects;
import java.util.Optional;

/**
 * What other users see of a user: the id, the nickname and the avatar (an image file the user
 * uploaded; none can be named until files exist).
 */
public record Profile(UserId user, Optional<Nickname> nickname, Optional<String> avatarFileId) {
  public Profile {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(nickname, "nickname");
    Objects.requireNonNull(avatarFileId, "avatarFileId");
  }
}
