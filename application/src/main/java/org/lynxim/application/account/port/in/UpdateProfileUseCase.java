package org.lynxim.application.account.port.in;

import java.util.Optional;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.profile.Profile;
import org.lynxim.domain.user.Nickname;
import org.lynxim.domain.user.UserId;

/**
 * Changes the caller's own profile: each field given is set (or cleared with an empty value), the
 * others stay.
 *
 * @throws IllegalArgumentException an avatar that is not an image file the user uploaded
 */
public interface UpdateProfileUseCase {
  Profile update(UserId user, ProfileChange change);

  /**
   * @param nickname empty: unchanged; holding empty: cleared
   * @param avatarFileId empty: unchanged; holding empty: cleared
   */
  record ProfileChange(
      Optional<Optional<Nickname>> nickname, Optional<Optional<FileId>> avatarFileId) {}
}
