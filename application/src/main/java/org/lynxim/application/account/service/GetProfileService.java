package org.lynxim.application.account.service;

import org.lynxim.application.account.port.in.GetProfileUseCase;
import org.lynxim.application.account.port.out.UserProfiles;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.profile.Profile;
import org.lynxim.domain.user.UserId;

/** Reads a profile. */
public final class GetProfileService implements GetProfileUseCase {
  private final UserProfiles profiles;

  public GetProfileService(UserProfiles profiles) {
    this.profiles = profiles;
  }

  @Override
  public Profile profile(UserId user) {
    return profiles
        .profile(user)
        .orElseThrow(() -> new NotFoundException("no such user " + user.value()));
  }
}
