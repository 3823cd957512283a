package org.lynxim.application.account.service;

import org.lynxim.application.account.port.in.UpdateProfileUseCase;
import org.lynxim.application.account.port.out.UserProfiles;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.user.Profile;
import org.lynxim.domain.user.UserId;

/**
 * Changes the caller's profile. An avatar must name an image file the user uploaded; files come
 * with protocol 1.2 part 2, so until then only clearing it is accepted.
 */
public final class UpdateProfileService implements UpdateProfileUseCase {
  private final UserProfiles profiles;

  public UpdateProfileService(UserProfiles profiles) {
    this.profiles = profiles;
  }

  @Override
  public Profile update(UserId user, ProfileChange change) {
    if (change.avatarFileId().flatMap(avatar -> avatar).isPresent()) {
      throw new IllegalArgumentException("avatar_file_id must name an image file you uploaded");
    }
    Profile current =
        profiles.profile(user).orElseThrow(() -> new NotFoundException("no such user " + user));
    return change.nickname().isPresent()
        ? profiles.changeNickname(user, change.nickname().get())
        : current;
  }
}
