package org.lynxim.adapter.in.wire;

import org.lynxim.domain.user.Nickname;
import org.lynxim.domain.user.Profile;

/** A user's public profile; {@code nickname} and {@code avatar_file_id} null when unset. */
public record ProfileBody(String userId, String nickname, String avatarFileId) {

  public static ProfileBody from(Profile profile) {
    return new ProfileBody(
        profile.user().value(),
        profile.nickname().map(Nickname::value).orElse(null),
        profile.avatarFileId().orElse(null));
  }
}
