package org.lynxim.application.account.port.out;

import java.util.Optional;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.profile.Profile;
import org.lynxim.domain.user.Nickname;
import org.lynxim.domain.user.UserId;

/** The users' public profiles; durable. */
public interface UserProfiles {

  /** The profile of a registered user; empty for anyone else. */
  Optional<Profile> profile(UserId user);

  /** Sets or clears the user's nickname and answers the profile after it. */
  Profile changeNickname(UserId user, Optional<Nickname> nickname);

  /** Sets or clears the user's avatar and answers the profile after it. */
  Profile changeAvatar(UserId user, Optional<FileId> avatar);
}
