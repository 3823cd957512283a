package org.lynxim.domain.profile;

import java.util.Objects;
import java.util.Optional;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.user.Nickname;
import org.lynxim.domain.user.UserId;

/** What other users see of a user: the id, the nickname and the avatar (an image it uploaded). */
public record Profile(UserId user, Optional<Nickname> nickname, Optional<FileId> avatarFileId) {
  public Profile {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(nickname, "nickname");
    Objects.requireNonNull(avatarFileId, "avatarFileId");
  }
}
