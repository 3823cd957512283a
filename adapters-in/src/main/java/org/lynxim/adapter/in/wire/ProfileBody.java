package org.lynxim.adapter.in.wire;

import org.lynxim.domain.file.FileId;
import org.lynxim.domain.profile.Profile;
import org.lynxim.domain.user.Nickname;

/** A user's public profile; {@code nickname} and {@code avatar_file_id} null when unset. */
public record ProfileBody(String userId, String nickname, String avatarFileId) {

  public static ProfileBody from(Profile profile) {
    return new ProfileBody(
        profile.user().value(),
        profile.nickname().map(Nickname::value).orElse(null),
        profile.avatarFileId().map(FileId::value).orElse(null));
  }
}
