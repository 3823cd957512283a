package org.lynxim.application.account.service;

import java.util.Optional;
import org.lynxim.application.account.port.in.UpdateProfileUseCase;
import org.lynxim.application.account.port.out.UserProfiles;
import org.lynxim.application.file.port.in.CheckFilesUseCase;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.profile.Profile;
import org.lynxim.domain.user.UserId;

/** Changes the caller's profile. An avatar must name an image file the user uploaded. */
public final class UpdateProfileService implements UpdateProfileUseCase {
  private final UserProfiles profiles;
  private final CheckFilesUseCase files;

  public UpdateProfileService(UserProfiles profiles, CheckFilesUseCase files) {
    this.profiles = profiles;
    this.files = files;
  }

  @Override
  public Profile update(UserId user, ProfileChange change) {
    Optional<FileId> avatar = change.avatarFileId().flatMap(named -> named);
    avatar.ifPresent(file -> files.requireOwnImage(user, file));
    Profile profile =
        profiles.profile(user).orElseThrow(() -> new NotFoundException("no such user " + user));
    if (change.avatarFileId().isPresent()) {
      profile = profiles.changeAvatar(user, avatar);
    }
    if (change.nickname().isPresent()) {
      profile = profiles.changeNickname(user, change.nickname().get());
    }
    return profile;
  }
}
